// Connection texts as IP Primer keeps them: libpq's own forms, never with a
// password in them, and a text libpq cannot read refused without repeating it.
#include <gtest/gtest.h>

#include "store/org_picture.h"
#include "store/postgres.h"
#include "store/sqlite_store.h"

using ipprimer::store::pg::holdsPassword;
using ipprimer::store::pg::ServerError;

TEST(ConnectionText, APasswordIsFoundInEveryForm) {
    EXPECT_TRUE(holdsPassword("postgresql://laptop:s3cret@db.example.com/ipprimer"));
    EXPECT_TRUE(holdsPassword("host=db.example.com user=laptop password=s3cret dbname=ipprimer"));
    EXPECT_TRUE(holdsPassword("postgresql://db.example.com/ipprimer?password=s3cret"));
    EXPECT_FALSE(holdsPassword("postgresql://laptop@db.example.com/ipprimer?sslmode=verify-full"));
    EXPECT_FALSE(holdsPassword("host=db.example.com user=laptop dbname=ipprimer"));
    EXPECT_FALSE(holdsPassword("service=ipprimer"));
}

TEST(ConnectionText, AnUnreadableTextIsRefusedWithoutRepeatingIt) {
    try {
        holdsPassword("host=db password='s3cret");
        FAIL() << "an unreadable text was accepted";
    } catch (const ServerError& error) {
        EXPECT_EQ(std::string(error.what()).find("s3cret"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("cannot read the server's connection"), std::string::npos);
    }
}

// The manager's login the dashboard may remember: a user name or a
// connection text, never one that holds a password.
TEST(ConnectionText, AManagersLoginIsRememberedOnlyWithoutAPassword) {
    ipprimer::store::SqliteStore store(":memory:");
    using ipprimer::store::org::kManagerLoginSetting;
    ipprimer::store::org::rememberManagerLogin(store.settings(), "pat");
    EXPECT_EQ(ipprimer::store::org::rememberedManagerLogin(store.settings()), "pat");
    ipprimer::store::org::rememberManagerLogin(store.settings(), "service=ipprimer-manager");
    EXPECT_EQ(store.settings().value(kManagerLoginSetting), std::optional<std::string>("service=ipprimer-manager"));
    EXPECT_THROW(ipprimer::store::org::rememberManagerLogin(store.settings(), "host=db user=pat password=s3cret"),
                 ipprimer::store::StoreError);
    EXPECT_EQ(store.settings().value(kManagerLoginSetting), std::optional<std::string>("service=ipprimer-manager"))
        << "the refused text replaced nothing";
    ipprimer::store::org::rememberManagerLogin(store.settings(), "");
    EXPECT_FALSE(store.settings().value(kManagerLoginSetting));
}
