// The rules that read the IP register: the dates coming up, and the risks a
// manager should see (an asset the company may not own, a trademark missing
// where the company sells, people with access to a secret who have not
// passed the confidentiality training, a date gone by). Plain values in,
// plain values out; the training status comes from the caller.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/dates.h"
#include "progress/asset_register.h"

namespace ipprimer::progress {

struct Deadline {
    enum class What { Renewal, Expiry };
    Date date;
    What what = What::Renewal;
    const Asset* asset = nullptr;
    int days_left = 0;  // 0: today
};

// Every renewal and expiry date from `today` to `today` + `days`, both days
// included, soonest first (then renewals before expiries, then by kind and
// title). A lapsed or abandoned asset has none; an asset whose renewal and
// expiry fall on one day is listed once, as a renewal.
std::vector<Deadline> deadlinesWithin(std::span<const Asset> assets, Date today, int days);

// A person the training rule can look up.
struct PersonTraining {
    std::string name;
    std::string employee_id;
    bool trained = false;  // has passed the confidentiality training
};

struct RiskInputs {
    Date today;
    // The names that mean the company as an owner (its legal name, trading
    // names). Empty: ownership is not judged, only a missing owner is.
    std::vector<std::string> company_names;
    // Where the company sells (codes; EU stands for its members). Empty: not known.
    std::vector<std::string> sales_countries;
    std::vector<PersonTraining> people;  // the staff list with each person's training
};

enum class RiskKind {
    DatePassed,        // a renewal or expiry date has gone by while the right is live
    UntrainedAccess,   // people with access to a secret have not passed the training
    UnknownPeople,     // people with access to a secret are not on the staff list
    NoAccessRecorded,  // a trade secret with nobody recorded as having access
    NotOwned,          // the owner recorded is not the company
    OwnerUnknown,      // no owner is recorded
    TrademarkMissing,  // the company sells where a mark is not registered or applied for
};

struct Risk {
    RiskKind kind;
    const Asset* asset = nullptr;  // null for a risk about the register as a whole
    std::string message;           // one sentence a manager can act on
    std::vector<std::string> items;  // the countries or the people concerned
};

// Every risk in the register, in RiskKind's order and, within one kind, in
// the register's order.
std::vector<Risk> registerRisks(std::span<const Asset> assets, const RiskInputs& inputs);

// Whether `owner` names the company: the same words as one of its names,
// without regard to case, spacing or punctuation, or one of them followed by
// more words ("Brotlabor" and "Brotlabor GmbH"); "company", "the company"
// and "us" do too.
bool ownerIsCompany(std::string_view owner, const std::vector<std::string>& company_names);

}  // namespace ipprimer::progress
