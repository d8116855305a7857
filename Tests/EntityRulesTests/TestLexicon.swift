@testable import EntityRules

/// A small gazetteer written out in the tests, so that each rule is tested
/// against names whose presence the test controls (the bundled data has
/// its own tests).
enum TestLexicon {
    static let tsv = """
        # countries
        أذربيجان\tCOUNTRY\tAZ
        روسيا\tCOUNTRY\tRU
        روسيا الاتحادية\tCOUNTRY\tRU
        الكويت\tCOUNTRY\tKW
        إيران\tCOUNTRY\tIR
        جمهورية إيران الإسلامية\tCOUNTRY\tIR
        الإمارات العربية المتحدة\tCOUNTRY\tAE
        مالي\tCOUNTRY\tML\tambiguous=1
        # cities
        الكويت\tCITY\tgeonames:285787\tcc=KW;homonym=country;pop=60064
        باكو\tCITY\tgeonames:587084\tcc=AZ;pop=1116513
        موسكو\tCITY\tgeonames:524901\tcc=RU;pop=10381222
        بكين\tCITY\tgeonames:1816670\tcc=CN;pop=11716620
        كين\tCITY\tslug:caen-fr\tcc=FR
        تل أبيب\tCITY\tgeonames:293397\tcc=IL
        واشنطن\tCITY\tgeonames:4140963\tcc=US
        جدة\tCITY\tgeonames:105343\tcc=SA;ambiguous=1
        الشارقة\tCITY\tgeonames:292672\tcc=AE;seat=1
        ليفربول\tCITY\tgeonames:2644210\tcc=GB
        ليفربول\tORGANIZATION\tLiverpool FC
        مونتريال\tCITY\tgeonames:6077243\tcc=CA;pop=1600000
        مونتريل\tCITY\tgeonames:6077243\tcc=CA;pop=1600000;variant=1
        عاليه\tCITY\tslug:aley-lb\tcc=LB;pop=130000;word=1
        دورا\tCITY\tgeonames:284011\tcc=PS;pop=20835;word=1
        الميادين\tCITY\tgeonames:170532\tcc=SY;pop=44028
        بيروت\tCITY\tgeonames:276781\tcc=LB;pop=1916100
        الزرقاء\tCITY\tgeonames:250090\tcc=JO;pop=792665
        # regions
        قره باغ\tREGION\tkarabakh
        # people
        فلاديمير بوتين\tPERSON\tVladimir Putin
        جورج واشنطن\tPERSON\tGeorge Washington
        بوتين\tPERSON\tVladimir Putin
        نبيه بري\tPERSON\tNabih Berri
        صلاح جديد\tPERSON\tSalah Jadid
        # organizations
        البنك الدولي\tORGANIZATION\tWorld Bank
        الميادين\tORGANIZATION\tAl Mayadeen\tkind=media;ambiguous=1;homonym=city
        البنك المركزي الكندي\tORGANIZATION\tBank of Canada
        # cues
        الرئيس\tcue.title
        السفير\tcue.title
        وزير الخارجية\tcue.title
        السيد\tcue.title
        الروسي\tcue.demonym\tRU
        الأذربيجانية\tcue.demonym\tAZ
        السابق\tcue.not-name
        رئيس\tcue.title
        الكندي\tcue.demonym\tCA
        بري\tcue.common\t\trank=7139
        جديد\tcue.common\t\trank=194
        الجبلي\tcue.common
        حداد\tcue.common\t\trank=9347
        موظفا\tcue.common\t\trank=15240
        رسالة\tcue.common
        فهد\tcue.given-name\t\tgender=m;origin=arabic;ambiguous=1
        سامي\tcue.given-name\t\tgender=m;origin=arabic
        فلاديمير\tcue.given-name\t\tgender=m;origin=foreign
        ديمتري\tcue.given-name\t\tgender=m;origin=foreign
        جيهون\tcue.given-name\t\tgender=m;origin=foreign
        جورج\tcue.given-name\t\tgender=m;origin=foreign
        لوريس\tcue.given-name\t\tgender=m;origin=foreign
        علي\tcue.given-name\t\tgender=m;origin=arabic;ambiguous=1
        أمل\tcue.given-name\t\tgender=f;origin=arabic;ambiguous=1
        عبد الله\tcue.given-name\t\tgender=m;origin=arabic
        بن\tcue.particle
        وف\tcue.surname-suffix\t\tstrength=strong
        قال\tcue.person-verb
        أضاف\tcue.person-verb
        شكر\tcue.person-verb
        نظير\tcue.common
        التعاون\tcue.common
        ظهر\tcue.common
        على\tcue.common
        في\tcue.common
        أن\tcue.common
        مع\tcue.common
        كبير\tcue.common
        التقى\tcue.common
        زار\tcue.common
        وصل\tcue.common
        إلى\tcue.common
        من\tcue.common
        مدينة\tcue.city-designator
        المدينة\tcue.city-designator
        قرية\tcue.city-designator
        حي\tcue.city-designator\t\tinside=1
        حي\tcue.common
        شعبي\tcue.common
        النور\tcue.common
        القرية\tcue.city-designator
        العاصمة\tcue.city-designator
        العاصمة\tcue.capital-suffix
        جمهورية\tcue.country-designator\t\tinside=1
        دولة\tcue.country-designator\t\tinside=0
        مباراة\tcue.sport-context
        فاز\tcue.sport-context
        ملتقى\tcue.place-marker
        مطار\tcue.facility
        قناة\tcue.facility
        الإخبارية\tcue.common
        اللبنانية\tcue.demonym\tLB
        في\tcue.place-preposition
        في\tcue.place-marker
        قرب\tcue.place-preposition
        بالقرب\tcue.place-preposition
        شمال\tcue.place-preposition\t\tdirection=1
        غرب\tcue.place-preposition\t\tdirection=1
        بلدة\tcue.city-designator
        منطقة\tcue.region-designator
        الطريق\tcue.common
        من\tcue.place-marker
        """

    static func gazetteer() -> Gazetteer {
        var gazetteer = Gazetteer()
        try! gazetteer.load(tsv: tsv, source: "test.tsv")
        return gazetteer
    }

    static let recognizer = EntityRecognizer(gazetteer: gazetteer())
}

/// An entity reduced to what tests compare.
struct Found: Hashable, CustomStringConvertible {
    var type: EntityType
    var text: String
    var canonical: String?

    var description: String { "\(type) \(text) \(canonical ?? "-")" }
}

extension EntityRecognizer {
    func found(_ text: String) -> [Found] {
        recognize(text).map { Found(type: $0.type, text: $0.text, canonical: $0.canonical) }
    }
}
