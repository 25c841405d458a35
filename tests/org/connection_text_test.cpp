// Connection texts as IP Primer keeps them: libpq's own forms, never with a
// password in them, and a text libpq cannot read refused without repeating it.
#include <gtest/gtest.h>

#include "store/postgres.h"

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
