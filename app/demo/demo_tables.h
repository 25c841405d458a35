// The made-up world of the demo data: names from many countries, the roles
// and departments of a small company, and how its people stand in training.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ipprimer::demo {

struct Name {
    std::string_view shown;
    std::string_view ascii;  // for the e-mail address
};

inline constexpr std::array<Name, 84> kFirstNames{{
    {"Anna", "anna"},         {"Lukas", "lukas"},       {"Sofia", "sofia"},       {"Jonas", "jonas"},
    {"Emma", "emma"},         {"Mateo", "mateo"},       {"Lea", "lea"},           {"Noah", "noah"},
    {"Chloé", "chloe"},       {"Hugo", "hugo"},         {"Maria", "maria"},       {"Paul", "paul"},
    {"Julia", "julia"},       {"Elias", "elias"},       {"Laura", "laura"},       {"David", "david"},
    {"Sara", "sara"},         {"Tomás", "tomas"},       {"Ines", "ines"},         {"Leon", "leon"},
    {"Marta", "marta"},       {"Felix", "felix"},       {"Nora", "nora"},         {"Samuel", "samuel"},
    {"Clara", "clara"},       {"Adam", "adam"},         {"Elena", "elena"},       {"Oskar", "oskar"},
    {"Zoë", "zoe"},           {"Liam", "liam"},         {"Amira", "amira"},       {"Yusuf", "yusuf"},
    {"Hanna", "hanna"},       {"Karim", "karim"},       {"Aisha", "aisha"},       {"Ravi", "ravi"},
    {"Mei", "mei"},           {"Kenji", "kenji"},       {"Priya", "priya"},       {"Omar", "omar"},
    {"Léa", "lea"},           {"Jakub", "jakub"},       {"Zofia", "zofia"},       {"Łukasz", "lukasz"},
    {"Agnieszka", "agnieszka"}, {"Mikkel", "mikkel"},   {"Ingrid", "ingrid"},     {"Björn", "bjorn"},
    {"Astrid", "astrid"},     {"Pedro", "pedro"},       {"Lucía", "lucia"},       {"Javier", "javier"},
    {"Carmen", "carmen"},     {"Giulia", "giulia"},     {"Marco", "marco"},       {"Francesca", "francesca"},
    {"Luca", "luca"},         {"Eva", "eva"},           {"Petr", "petr"},         {"Tereza", "tereza"},
    {"Daniel", "daniel"},     {"Rachel", "rachel"},     {"Thomas", "thomas"},     {"Olivia", "olivia"},
    {"James", "james"},       {"Grace", "grace"},       {"Kwame", "kwame"},       {"Fatima", "fatima"},
    {"Dmitri", "dmitri"},     {"Olga", "olga"},         {"Nikos", "nikos"},       {"Eleni", "eleni"},
    {"Ahmed", "ahmed"},       {"Leila", "leila"},       {"Arjun", "arjun"},       {"Ana", "ana"},
    {"Bruno", "bruno"},       {"Camille", "camille"},   {"Émile", "emile"},       {"Henrik", "henrik"},
    {"Isabel", "isabel"},     {"Joana", "joana"},       {"Kai", "kai"},           {"Mila", "mila"},
}};

inline constexpr std::array<Name, 90> kLastNames{{
    {"Müller", "mueller"},     {"Schmidt", "schmidt"},   {"Dubois", "dubois"},     {"Martin", "martin"},
    {"García", "garcia"},      {"Rossi", "rossi"},       {"Novak", "novak"},       {"Kowalski", "kowalski"},
    {"Jensen", "jensen"},      {"Andersson", "andersson"}, {"Silva", "silva"},     {"Santos", "santos"},
    {"Bianchi", "bianchi"},    {"Fischer", "fischer"},   {"Weber", "weber"},       {"Meyer", "meyer"},
    {"Lefèvre", "lefevre"},    {"Moreau", "moreau"},     {"Fernández", "fernandez"}, {"López", "lopez"},
    {"Romano", "romano"},      {"Ricci", "ricci"},       {"Dvořák", "dvorak"},     {"Horváth", "horvath"},
    {"Nagy", "nagy"},          {"Kovács", "kovacs"},     {"Nowak", "nowak"},       {"Wiśniewski", "wisniewski"},
    {"Hansen", "hansen"},      {"Nielsen", "nielsen"},   {"Johansson", "johansson"}, {"Lindqvist", "lindqvist"},
    {"O'Brien", "obrien"},     {"Murphy", "murphy"},     {"Smith", "smith"},       {"Jones", "jones"},
    {"Taylor", "taylor"},      {"Brown", "brown"},       {"Wilson", "wilson"},     {"Evans", "evans"},
    {"Okafor", "okafor"},      {"Mensah", "mensah"},     {"Haddad", "haddad"},     {"Khalil", "khalil"},
    {"Yılmaz", "yilmaz"},      {"Demir", "demir"},       {"Kaya", "kaya"},         {"Popescu", "popescu"},
    {"Ionescu", "ionescu"},    {"Petrov", "petrov"},     {"Ivanova", "ivanova"},   {"Papadopoulos", "papadopoulos"},
    {"Nakamura", "nakamura"},  {"Tanaka", "tanaka"},     {"Chen", "chen"},         {"Wang", "wang"},
    {"Li", "li"},              {"Nguyen", "nguyen"},     {"Kim", "kim"},           {"Park", "park"},
    {"Sharma", "sharma"},      {"Patel", "patel"},       {"Gupta", "gupta"},       {"Singh", "singh"},
    {"Costa", "costa"},        {"Ferreira", "ferreira"}, {"Pereira", "pereira"},   {"Oliveira", "oliveira"},
    {"Van Dijk", "vandijk"},   {"De Vries", "devries"},  {"Janssen", "janssen"},   {"Peeters", "peeters"},
    {"Wagner", "wagner"},      {"Becker", "becker"},     {"Hoffmann", "hoffmann"}, {"Schulz", "schulz"},
    {"Bernard", "bernard"},    {"Petit", "petit"},       {"Durand", "durand"},     {"Leroy", "leroy"},
    {"Marino", "marino"},      {"Greco", "greco"},       {"Conti", "conti"},       {"Esposito", "esposito"},
    {"Berg", "berg"},          {"Lund", "lund"},         {"Virtanen", "virtanen"}, {"Korhonen", "korhonen"},
    {"Šimek", "simek"},        {"Žáková", "zakova"},
}};

// Roles of the bundled course, how common they are in a small company, and
// the departments their people sit in. Other courses' roles get a weight of 5.
struct RoleMix {
    std::string_view role;
    int weight;
    std::array<std::string_view, 3> departments;
};
inline constexpr std::array kRoleMix{
    RoleMix{"all-staff", 40, {"Production", "Logistics", "Customer service"}},
    RoleMix{"rnd", 12, {"R&D", "Engineering", "R&D"}},
    RoleMix{"marketing", 12, {"Sales", "Marketing", "Sales"}},
    RoleMix{"manager", 8, {"Production", "Sales", "Engineering"}},
    RoleMix{"it", 5, {"IT", "IT", "IT"}},
    RoleMix{"finance", 5, {"Finance", "Finance", "Administration"}},
    RoleMix{"hr", 4, {"Human resources", "Human resources", "Administration"}},
    RoleMix{"security", 4, {"Facilities", "Facilities", "Production"}},
    RoleMix{"owner", 2, {"Management", "Management", "Management"}},
};
inline constexpr std::array<std::string_view, 6> kOtherDepartments{"Production", "Sales", "Administration",
                                                            "Engineering", "Logistics", "Customer service"};

inline constexpr std::array<std::string_view, 3> kManagers{"Maria Keller", "Tom Hughes", "Ines Duarte"};

enum class Profile { Compliant, Expiring, Expired, Overdue, MidQuiz, Failing, InProgress, NotStarted, Extended };
struct ProfileMix {
    Profile profile;
    int weight;
};
inline constexpr std::array kProfileMix{
    ProfileMix{Profile::Compliant, 52}, ProfileMix{Profile::Expiring, 6},   ProfileMix{Profile::Expired, 5},
    ProfileMix{Profile::Overdue, 12},   ProfileMix{Profile::MidQuiz, 5},    ProfileMix{Profile::Failing, 4},
    ProfileMix{Profile::InProgress, 7}, ProfileMix{Profile::NotStarted, 5}, ProfileMix{Profile::Extended, 4},
};

inline constexpr std::int64_t kMinute = 60'000;
inline constexpr std::int64_t kDay = 86'400'000;

}  // namespace ipprimer::demo
