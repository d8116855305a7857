// Dumps ICU's Arabic display names of ISO 3166 regions and Arabic exemplar
// city names of canonical time zones, as TSV on stdout.
//   icu_dump countries  ->  CC <TAB> arabic name <TAB> english name
//   icu_dump zones      ->  zone id <TAB> CC <TAB> arabic exemplar <TAB> english exemplar
// Build: g++ -O1 -o icu_dump icu_dump.cpp -licui18n -licuuc -licudata
#include <unicode/uloc.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

using namespace icu;

static std::string utf8(const UnicodeString &s) { std::string out; s.toUTF8String(out); return out; }

static int dumpCountries() {
    const char *const *codes = uloc_getISOCountries();
    for (int i = 0; codes[i] != nullptr; i++) {
        std::string loc = std::string("und_") + codes[i];
        UChar buf[256]; UErrorCode st = U_ZERO_ERROR;
        int32_t n = uloc_getDisplayCountry(loc.c_str(), "ar", buf, 256, &st);
        if (U_FAILURE(st)) continue;
        UChar ebuf[256]; UErrorCode st2 = U_ZERO_ERROR;
        int32_t en = uloc_getDisplayCountry(loc.c_str(), "en", ebuf, 256, &st2);
        printf("%s\t%s\t%s\n", codes[i], utf8(UnicodeString(buf, n)).c_str(),
               U_SUCCESS(st2) ? utf8(UnicodeString(ebuf, en)).c_str() : "");
    }
    return 0;
}

static int dumpZones() {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<TimeZoneNames> ar(TimeZoneNames::createInstance(Locale("ar"), st));
    std::unique_ptr<TimeZoneNames> en(TimeZoneNames::createInstance(Locale("en"), st));
    if (U_FAILURE(st)) { fprintf(stderr, "TimeZoneNames: %s\n", u_errorName(st)); return 1; }
    std::unique_ptr<StringEnumeration> ids(
        TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
    if (U_FAILURE(st)) { fprintf(stderr, "enumeration: %s\n", u_errorName(st)); return 1; }
    const UnicodeString *id;
    while ((id = ids->snext(st)) != nullptr && U_SUCCESS(st)) {
        UnicodeString a, e; char region[8] = {0}; UErrorCode rs = U_ZERO_ERROR;
        TimeZone::getRegion(*id, region, sizeof region, rs);
        ar->getExemplarLocationName(*id, a);
        en->getExemplarLocationName(*id, e);
        printf("%s\t%s\t%s\t%s\n", utf8(*id).c_str(), region, utf8(a).c_str(), utf8(e).c_str());
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "countries") == 0) return dumpCountries();
    if (argc == 2 && strcmp(argv[1], "zones") == 0) return dumpZones();
    if (argc == 2 && strcmp(argv[1], "version") == 0) { printf("%s\n", U_ICU_VERSION); return 0; }
    fprintf(stderr, "usage: icu_dump countries|zones|version\n");
    return 2;
}
