#!/usr/bin/env python3
"""Builds family.json (and README.md) for the family seilbahn_at.

Every document is written here as paragraphs of labelled segments, so the text and the
sentence labels come from one place. Parents are given as keys into the parent document;
verbatim segments are copied from the parent programmatically (typography only changed).
"""
import json
import random
from collections import Counter
from pathlib import Path

NAME = "seilbahn_at"
HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- segment helpers
def H(text):
    return dict(text=text, label="boilerplate", role="headline", parents=[], drift=[])


def B(text, role):
    return dict(text=text, label="boilerplate", role=role, parents=[], drift=[])


def O(text, k=None):
    return dict(text=text, label="original", role=None, parents=[], drift=[], k=k)


def R(text, *parents, k=None, drift=None):
    return dict(text=text, label="rewritten", role=None, parents=list(parents), drift=drift or [], k=k)


def V(parent_key, k=None, typo=None):
    """verbatim copy of the parent's sentence `parent_key`, typography changed by `typo`"""
    return dict(text=None, label="verbatim", role=None, parents=[parent_key], drift=[], k=k, typo=typo)


def german_quotes(s):
    """straight quotes -> German „…“ and apostrophe -> ’"""
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("„" if opening else "“")
            opening = not opening
        elif ch == "'":
            out.append("’")
        else:
            out.append(ch)
    return "".join(out)


def straight_quotes(s):
    for a in "„“”«»":
        s = s.replace(a, '"')
    return s.replace("’", "'").replace("‚", "'").replace("‘", "'")


TYPO = {None: lambda s: s, "german": german_quotes, "straight": straight_quotes}

DOCS = {}


def doc(key, kind, outlet, published, url, parent, credited, credit_text, paras, notes=""):
    DOCS[key] = dict(key=key, kind=kind, outlet=outlet, published=published, url=url, parent=parent,
                     credited=credited, credit_text=credit_text, paras=paras, notes=notes)


# ====================================================================== the wire (APA)
doc("wire", "wire", "APA", "2025-02-08T17:05:00+01:00",
    "https://apa.example/meldungen/20250208/gondelbahn-obertalling-146-menschen-geborgen",
    None, None, None, [
        [H("Gondelbahn in Tirol stundenlang blockiert: 146 Menschen aus Kabinen geborgen")],
        [B("Obertalling (APA) -", "dateline"),
         O("Nach einem technischen Defekt sind am Samstag im Tiroler Skigebiet Obertalling 146 Wintersportler bis zu fünfeinhalb Stunden in den Kabinen einer Gondelbahn festgesessen.", k="s1"),
         O('Die Bergrettung holte alle Fahrgäste aus den 38 Gondeln des "Grubenjet", die letzte Person erreichte um 16.15 Uhr sicher den Boden.', k="s2")],
        [O("Die Bahn der Hochgruben Bergbahnen war gegen 10.40 Uhr zwischen Tal- und Mittelstation stehen geblieben.", k="s3"),
         O("Laut Betreiber fiel zunächst das Getriebe des Hauptantriebs aus, wenig später versagte wegen eines Lecks in der Hydraulik auch der Notantrieb, mit dem die Gondeln sonst in die Stationen gezogen werden.", k="s4"),
         O("Damit war eine Bergung über die Seilbahn selbst nicht mehr möglich.", k="s5")],
        [O("Rund 120 Bergretter aus neun Ortsstellen sowie zwei Hubschrauber des Bundesheeres und ein Polizeihubschrauber standen im Einsatz.", k="s6"),
         O("Die Retter seilten die Fahrgäste aus bis zu 52 Metern Höhe ab, über besonders steilem Gelände wurden Personen mit dem Tau ausgeflogen.", k="s7"),
         O("Bei minus neun Grad und böigem Wind mussten drei Menschen wegen Unterkühlung vor Ort versorgt werden, eine 67-jährige Deutsche wurde ins Krankenhaus gebracht.", k="s8")],
        [O('"Jede Minute in einer kalten Gondel ist eine Belastung, vor allem für Kinder und ältere Menschen", sagte Markus Pfandler, Ortsstellenleiter der Bergrettung Obertalling.', k="s9"),
         O("Man habe Gondel für Gondel abgearbeitet und mit den am höchsten hängenden Kabinen begonnen.", k="s10")],
        [O('"Es tut uns unendlich leid für alle, die heute so lange ausharren mussten", erklärte Sabine Oberlechner, Geschäftsführerin der Hochgruben Bergbahnen.', k="s11"),
         O("Warum auch der Notantrieb ausgefallen sei, könne man derzeit noch nicht sagen.", k="s12"),
         O("Die 2009 errichtete, 2,4 Kilometer lange Bahn sei zuletzt im November 2024 überprüft worden, Mängel seien dabei keine festgestellt worden.", k="s13")],
        [O("Die Anlage bleibt laut Betreiber mindestens bis Mittwoch, 12. Februar, gesperrt, am Montag sollen Sachverständige der Seilbahnbehörde den Antrieb untersuchen.", k="s14"),
         O("Betroffene Gäste bekommen den Preis der Tageskarte von 69 Euro zurückerstattet.", k="s15")],
        [O("Bürgermeister Josef Kathrein dankte den Einsatzkräften: \"Ohne die Bergrettung wär's heute ganz anders ausgegangen.\"", k="s16"),
         O("Die Polizei hat Ermittlungen zur Ursache des Stillstands aufgenommen.", k="s17")],
        [B("(Schluss) jgr/sol", "footer")],
    ], notes="APA dateline and (Schluss) footer with editor codes; straight quotes as on the APA feed")

# ====================================================================== verbatim copy
G = "german"
doc("verbatim", "verbatim", "Wiener Abendblatt", "2025-02-09",
    "https://wiener-abendblatt.example/chronik/oesterreich/gondelbahn-tirol-146-menschen-geborgen",
    "wire", True, "Quelle: APA", [
        [H(german_quotes("Gondelbahn in Tirol stundenlang blockiert: 146 Menschen aus Kabinen geborgen"))],
        [V("s1", typo=G), V("s2", typo=G)],
        [V("s3", typo=G), V("s4", typo=G), V("s5", typo=G)],
        [V("s6", typo=G), V("s7", typo=G), V("s8", typo=G)],
        # paragraph with Pfandler's quote (s9, s10) dropped
        [V("s11", typo=G), V("s12", typo=G), V("s13", typo=G)],
        [V("s14", typo=G), V("s15", typo=G)],
        [V("s16", typo=G), V("s17", typo=G)],
        [B("Quelle: APA", "credit")],
    ], notes="dateline and footer removed, Pfandler paragraph dropped, „…“ and ’; print edition, date only")

# ====================================================================== light copy A (credited)
doc("lightA", "light", "Unterland Kurier", "2025-02-08T17:34:00+01:00",
    "https://unterland-kurier.example/tirol/gondelbahn-obertalling-wintersportler-festgesessen",
    "wire", True, "Quelle: APA", [
        [H("Tiroler Gondelbahn steckte fest: 146 Wintersportler stundenlang in Kabinen gefangen")],
        [R("Nach einem technischen Defekt sind am Samstag im Skigebiet Obertalling im Tiroler Oberland 146 Wintersportler bis zu fünfeinhalb Stunden in den Kabinen einer Gondelbahn festgesessen.", "s1"),
         R("Die Bergrettung holte alle Fahrgäste aus den 38 Gondeln des „Grubenjet“, die letzte Person war um 16.15 Uhr wieder sicher am Boden.", "s2")],
        [R("Die Bahn der Hochgruben Bergbahnen war gegen 10.40 Uhr zwischen Tal- und Mittelstation plötzlich stehen geblieben.", "s3"),
         R("Nach Angaben des Betreibers fiel zunächst das Getriebe des Hauptantriebs aus, kurz darauf versagte wegen eines Hydrauliklecks auch der Notantrieb, mit dem die Gondeln sonst in die Stationen gezogen werden.", "s4")],
        [V("s6"),
         R("Bei minus neun Grad und böigem Wind mussten drei Menschen wegen Unterkühlung vor Ort versorgt werden, eine 67-jährige Urlauberin aus Deutschland wurde ins Krankenhaus gebracht.", "s8"),
         O("Unter den Eingeschlossenen befanden sich auch zwei Schulklassen aus Bayern, die in Obertalling eine Skiwoche verbrachten.")],
        [R("„Jede Minute in einer kalten Gondel ist eine Belastung, vor allem für Kinder und ältere Menschen“, sagte Markus Pfandler, der Ortsstellenleiter der Bergrettung Obertalling.", "s9")],
        [R("„Es tut uns unendlich leid für alle, die heute so lange ausharren mussten“, sagte Sabine Oberlechner, Geschäftsführerin der Hochgruben Bergbahnen.", "s11"),
         R("Warum auch der Notantrieb ausgefallen sei, könne man derzeit noch nicht sagen, so Oberlechner.", "s12")],
        [R("Die Anlage bleibt laut Betreiber bis mindestens Mittwoch, 12. Februar, gesperrt, am Montag sollen Sachverständige der Seilbahnbehörde den Antrieb prüfen.", "s14"),
         R("Bürgermeister Josef Kathrein bedankte sich bei den Einsatzkräften: „Ohne die Bergrettung wär’s heute ganz anders ausgegangen.“", "s16"),
         O("Für die Skischule im Ort bedeutete der Stillstand, dass am Nachmittag sämtliche Kurse im oberen Teil des Skigebiets abgesagt werden mussten.")],
        [B("Quelle: APA", "credit")],
    ], notes="11 of 17 wire sentences, rescue-teams sentence unchanged, two own sentences, credit line")

# ====================================================================== light copy B (uncredited)
doc("lightB", "light", "Österreich Direkt", "2025-02-08T17:21:00+01:00",
    "https://oesterreich-direkt.example/chronik/stillstand-grubenjet-146-menschen-abgeseilt",
    "wire", False, None, [
        [H('Stillstand am "Grubenjet": 146 Menschen aus Gondeln abgeseilt')],
        [R("Wegen eines technischen Defekts sind am Samstag im Tiroler Skigebiet Obertalling 146 Wintersportler bis zu fünfeinhalb Stunden in den Kabinen einer Gondelbahn festgesessen.", "s1"),
         R('Die Bergrettung holte alle Fahrgäste aus den 38 Gondeln des "Grubenjet" - die letzte Person erreichte um 16.15 Uhr sicher den Boden.', "s2")],
        [R("Die Bahn der Hochgruben Bergbahnen war am Vormittag gegen 10.40 Uhr zwischen Tal- und Mittelstation stehen geblieben.", "s3"),
         R("Eine Bergung über die Seilbahn selbst war damit nicht mehr möglich, weil auch der Notantrieb versagte.", "s5"),
         O('Der "Grubenjet" ist die wichtigste Zubringerbahn des Skigebiets, ohne ihn sind die oberen Pisten nur über einen Umweg mit zwei Schleppliften erreichbar.')],
        [R("Die Retter seilten die Fahrgäste aus bis zu 52 Metern Höhe ab, über besonders steilem Gelände wurden Menschen mit dem Tau des Hubschraubers ausgeflogen.", "s7"),
         R("Bei minus neun Grad und böigem Wind mussten drei Personen wegen Unterkühlung vor Ort versorgt werden, eine 67-jährige Deutsche kam ins Krankenhaus.", "s8"),
         O("Angehörige warteten den ganzen Tag über im Restaurant der Talstation auf Nachricht von ihren Familienmitgliedern.")],
        [R('"Es tut uns unendlich leid für alle, die heute so lange ausharren mussten", sagte Geschäftsführerin Sabine Oberlechner.', "s11"),
         R("Die 2009 errichtete und 2,4 Kilometer lange Bahn sei zuletzt im November 2024 überprüft worden, dabei seien keine Mängel festgestellt worden.", "s13")],
        [R("Die Anlage bleibt laut Betreiber mindestens bis Mittwoch, 12. Februar, gesperrt, bereits am Montag sollen Sachverständige der Seilbahnbehörde den Antrieb untersuchen.", "s14"),
         V("s15"),
         R("Die Polizei hat inzwischen Ermittlungen zur Ursache des Stillstands aufgenommen.", "s17")],
    ], notes="11 of 17 wire sentences, refund sentence unchanged, two own sentences, no credit")

# ====================================================================== heavy A (uncredited, APA only in photo credit)
doc("heavyA", "heavy", "Alpenpost", "2025-02-08T18:10:00+01:00",
    "https://alpenpost.example/tirol/grosseinsatz-hochgrubenkogel-fuenfeinhalb-stunden-gondel",
    "wire", False, None, [
        [H("Fünfeinhalb Stunden in der Gondel: Großeinsatz am Hochgrubenkogel")],
        [B("Foto: APA/Jakob Gruber", "photo_credit")],
        [B("Von Lena Hochrainer", "byline")],
        [R("Mitten in den Semesterferien ist am Samstag um 10.40 Uhr der „Grubenjet“ in Obertalling auf dem Weg zur Mittelstation zum Stehen gekommen.", "s3", "s1", k="a1"),
         R("146 Skifahrer und Snowboarder saßen in den 38 Kabinen fest, für die letzten von ihnen dauerte das Warten fünfeinhalb Stunden.", "s1", "s2", k="a2"),
         R("Erst um 16.15 Uhr stand auch der letzte Gast wieder auf festem Boden.", "s2", k="a3")],
        [O("Der „Grubenjet“ bringt an Ferientagen bis zu 2.400 Gäste pro Stunde in das Skigebiet am Hochgrubenkogel.", k="ao1"),
         R("Nach Darstellung der Hochgruben Bergbahnen streikte zuerst das Getriebe am Hauptmotor; als die Techniker auf das Reservesystem umschalten wollten, trat dort Hydrauliköl aus, sodass sich die Kabinen nicht mehr zurückholen ließen.", "s4", "s5", k="a4"),
         O("Bereits im Jänner 2023 hatte ein Stromausfall die Bahn für rund 40 Minuten lahmgelegt, damals konnten die Gondeln aber mit dem Notantrieb eingeholt werden.", k="ao2")],
        [R("Die Bergrettung rief daraufhin Mannschaften aus neun Ortsstellen zusammen, insgesamt waren rund 120 Retterinnen und Retter vor Ort.", "s6", k="a5"),
         R("Aus der Luft unterstützten zwei Maschinen des Bundesheeres und eine der Polizei, die Passagiere aus Kabinen über steilem Fels am Tau holten.", "s6", "s7", k="a6"),
         R("Alle anderen wurden Kabine für Kabine abgeseilt, die höchste hing 52 Meter über dem Hang.", "s7", "s10", k="a7")],
        [R("Das Thermometer zeigte am Berg minus neun Grad, dazu kamen kräftige Böen.", "s8", k="a8"),
         R("Drei unterkühlte Fahrgäste wurden noch am Einsatzort medizinisch betreut, eine Frau aus Deutschland im Alter von 67 Jahren kam in ein Spital.", "s8", k="a9"),
         O("Eine Urlauberin aus den Niederlanden, die mit ihren zwei Kindern in einer der oberen Kabinen saß, erzählte der „Alpenpost“, man habe sich gegenseitig gewärmt und mit Schokolade bei Laune gehalten.", k="ao3")],
        [R("Bergrettungs-Ortsstellenleiter Markus Pfandler betonte, gerade Kinder und ältere Leute hätten unter der Kälte in den stehenden Gondeln gelitten.", "s9", k="a10"),
         R("Bergbahnen-Chefin Sabine Oberlechner entschuldigte sich bei allen Betroffenen; weshalb das Reservesystem ebenfalls ausfiel, sei noch völlig offen.", "s11", "s12", k="a11"),
         R("Die 2,4 Kilometer lange Anlage stammt aus dem Jahr 2009, bei der letzten Überprüfung im November 2024 sei sie ohne Beanstandung geblieben.", "s13", k="a12")],
        [R("Vor Mittwoch, dem 12. Februar, wird der „Grubenjet“ nicht mehr fahren, am Montag nehmen Gutachter der Behörde den Antrieb unter die Lupe.", "s14", k="a13"),
         R("Wer festsaß, erhält die 69 Euro für die Tageskarte zurück.", "s15", k="a14"),
         R("Ortschef Josef Kathrein lobte am Abend die Bergrettung, ohne deren Einsatz der Tag wohl schlimmer geendet hätte.", "s16", k="a15"),
         R("Auch die Polizei ermittelt.", "s17", k="a16"),
         O("Für Obertalling kommt der Ausfall zur Unzeit, gelten doch die Semesterferien als umsatzstärkste Zeit des Winters.", k="ao4")],
    ], notes="byline of its own, agency only in the photo credit; four own sentences (capacity, 2023 outage, Dutch guest, season)")

# ====================================================================== heavy B (credited red/APA)
doc("heavyB", "heavy", "Salzburger Landbote", "2025-02-08T18:45:00+01:00",
    "https://landbote-salzburg.example/oesterreich/bergretter-holen-146-menschen-aus-gondelbahn",
    "wire", True, "red/APA", [
        [H("Bergretter holen 146 Menschen aus blockierter Gondelbahn")],
        [R("Mit rund 120 Einsatzkräften und drei Hubschraubern hat die Bergrettung am Samstag in Obertalling in Tirol alle 146 Insassen einer stillstehenden Gondelbahn in Sicherheit gebracht.", "s1", "s2", "s6"),
         R("Die Skigäste hatten teils über fünf Stunden in der Kälte ausharren müssen.", "s1")],
        [R("Um 10.40 Uhr hatte die Kabinenbahn des Betreibers Hochgruben Bergbahnen ihren Dienst versagt.", "s3"),
         R("Defekt war zuerst ein Getriebe, anschließend verlor auch der Ersatzantrieb Öl.", "s4"),
         R("Die Gondeln ließen sich deshalb nicht mehr in die Stationen bringen, jede einzelne Kabine musste von außen geräumt werden.", "s5", "s4")],
        [O("Österreichweit gelten Seilbahnen als eines der sichersten Verkehrsmittel, größere Evakuierungen kommen nur wenige Male pro Jahr vor."),
         O("Auch in Salzburger Skigebieten werden die Bergungsabläufe jeden Herbst mit Bergrettung und Liftpersonal geübt, wie ein Sprecher eines Pongauer Liftbetreibers auf Anfrage sagte.")],
        [R("In Obertalling hingen einzelne Kabinen bis zu 52 Meter über dem Boden; die Retter ließen die Menschen daraus an Seilen hinunter, wo das Gelände zu steil war, kamen die Helikopter mit der Seilwinde zum Zug.", "s7"),
         R("Drei Personen erlitten bei Temperaturen um minus neun Grad leichte Unterkühlungen, eine 67-Jährige aus Deutschland musste ins Krankenhaus.", "s8")],
        [R("Laut dem Obertallinger Bergrettungschef Markus Pfandler begann man bei den höchstgelegenen Gondeln; für Kinder und Senioren sei die Kälte besonders belastend gewesen.", "s10", "s9"),
         R("Geschäftsführerin Sabine Oberlechner bat die Betroffenen um Entschuldigung.", "s11"),
         R("Die Ursache für den doppelten Ausfall sei unklar, die 2009 gebaute Anlage habe im November 2024 die letzte Prüfung ohne Beanstandung bestanden.", "s12", "s13")],
        [R("Bis zumindest 12. Februar bleibt der „Grubenjet“ zu, Experten der Seilbahnbehörde sehen sich die Technik am Montag an.", "s14"),
         R("Die Tageskarten im Wert von 69 Euro werden ersetzt.", "s15"),
         O("Der örtliche Tourismusverband kündigte an, betroffenen Gästen kostenlose Busverbindungen in benachbarte Skigebiete anzubieten."),
         O("Für die Bergrettung, deren Mitglieder großteils ehrenamtlich arbeiten, war es einer der größten Einsätze dieses Winters.")],
        [B("red/APA", "credit")],
    ], notes="reordered (rescue first), merges, four own sentences incl. a Salzburg reaction; credit red/APA")

# ====================================================================== heavy C (uncredited, no credit at all)
doc("heavyC", "heavy", "Kärntner Morgenblatt", "2025-02-09T07:30:00+01:00",
    "https://kaerntner-morgenblatt.example/chronik/gondel-drama-tirol-reservesystem-versagte",
    "wire", False, None, [
        [H("Gondel-Drama in Tirol: Auch das Reservesystem versagte")],
        [R("Zwei Pannen hintereinander haben am Samstag eine Gondelbahn im Tiroler Oberland lahmgelegt: Erst gab das Getriebe am Hauptantrieb nach, dann leckte die Hydraulik des Notsystems, das die Kabinen im Störfall zurück in die Stationen ziehen soll.", "s4", "s5"),
         R("Betroffen war der „Grubenjet“ in Obertalling, der um 10.40 Uhr auf dem Abschnitt unterhalb der Mittelstation stoppte.", "s3"),
         R("In den Kabinen saßen 146 Menschen, teilweise fünfeinhalb Stunden lang.", "s1")],
        [R("Neun Bergrettungs-Ortsstellen mit insgesamt etwa 120 Leuten rückten aus, dazu zwei Bundesheer-Helikopter und ein Hubschrauber der Polizei.", "s6"),
         R("Die Retter arbeiteten sich von den höchsten Kabinen abwärts vor und seilten die Insassen aus einer Höhe von bis zu 52 Metern ab; in felsigem Gelände hob man sie per Tau heraus.", "s7", "s10"),
         R("Um 16.15 Uhr war der letzte Fahrgast unten.", "s2")],
        [R("Wegen der Kälte von minus neun Grad und des Windes wurden drei Unterkühlte noch vor Ort behandelt, eine 67 Jahre alte Deutsche brachte man ins Spital.", "s8"),
         O("Auch Gäste aus Kärnten waren unter den Eingeschlossenen, darunter eine Familie aus Spittal an der Drau, die in Obertalling Urlaub machte.")],
        [R("Die Geschäftsführerin der Hochgruben Bergbahnen, Sabine Oberlechner, zeigte sich zerknirscht und räumte ein, die Ursache für den Ausfall des Reservesystems noch nicht zu kennen.", "s11", "s12"),
         R("Die 2009 in Betrieb gegangene Bahn ist 2,4 Kilometer lang und wurde im vergangenen November ohne Befund geprüft.", "s13"),
         O("Seilbahnexperten weisen darauf hin, dass ein gleichzeitiger Ausfall von Haupt- und Notantrieb äußerst selten vorkommt, weil beide Systeme getrennt voneinander arbeiten."),
         O("Gerade ältere Anlagen werden deshalb in vielen Skigebieten mit einem zusätzlichen Dieselantrieb nachgerüstet.")],
        [R("Bis Mittwoch, 12. Februar, steht die Bahn still, Sachverständige der Behörde untersuchen sie am Montag.", "s14"),
         R("Obertallings Bürgermeister Josef Kathrein hob hervor, dass die Bergrettung Schlimmeres verhindert habe.", "s16"),
         R("Die Polizei ermittelt zur Ursache.", "s17"),
         O("Der Kärntner Seilbahnbetreiberverband kündigte an, die eigenen Notfallpläne nach dem Vorfall noch einmal zu überprüfen."),
         O("In Kärnten hatte es zuletzt vor vier Jahren eine vergleichbare Evakuierung gegeben, als ein Sessellift in Oberkärnten wegen eines Seilschadens stillstand.")],
    ], notes="no credit at all; technical angle first; five own sentences with a Carinthian angle")

# ====================================================================== drift (credited)
doc("drift", "drift", "Newsflash Österreich", "2025-02-08T17:40:00+01:00",
    "https://newsflash-oesterreich.example/tirol/gondelbahn-stundenlang-blockiert-bergrettung",
    "wire", True, "Quelle: APA", [
        [H("Tirol: Gondelbahn stundenlang blockiert - Bergrettung im Großeinsatz")],
        [R("Nach einem technischen Defekt sind am Samstag im Tiroler Skigebiet Obertalling 164 Wintersportler bis zu fünfeinhalb Stunden in den Gondeln einer Seilbahn festgesessen.", "s1",
           drift=[dict(field="number", **{"from": "146"}, to="164")]),
         R('Die Bergrettung holte alle Fahrgäste aus den 38 Gondeln des "Grubenjet", die letzte Person war um 16.15 Uhr in Sicherheit.', "s2")],
        [V("s3"),
         R("Laut Betreiber fiel zunächst das Getriebe des Hauptantriebs aus, danach versagte wegen eines Hydrauliklecks auch der Notantrieb.", "s4")],
        [R("Rund 120 Bergretter aus neun Ortsstellen sowie Hubschrauber von Bundesheer und Polizei standen im Einsatz.", "s6"),
         R("Die Fahrgäste wurden aus bis zu 52 Metern Höhe abgeseilt oder mit dem Tau ausgeflogen.", "s7"),
         R("Drei Menschen mussten wegen Unterkühlung versorgt werden, eine 67-jährige Deutsche wurde ins Krankenhaus gebracht.", "s8")],
        [R('"Es tut uns unendlich leid für alle, die heute so lange ausharren mussten", erklärte Sabine Oberleitner, Geschäftsführerin der Hochgruben Bergbahnen.', "s11",
           drift=[dict(field="name", **{"from": "Sabine Oberlechner"}, to="Sabine Oberleitner")]),
         R("Warum auch der Notantrieb ausgefallen ist, könne man noch nicht sagen.", "s12")],
        [R("Die Anlage bleibt laut Betreiber mindestens bis 14. Februar gesperrt.", "s14",
           drift=[dict(field="date", **{"from": "Mittwoch, 12. Februar"}, to="14. Februar")]),
         V("s15"),
         R("Die Polizei ermittelt zur Ursache des Stillstands.", "s17"),
         O("Der Grubenjet ist die wichtigste Aufstiegshilfe des Skigebiets am Hochgrubenkogel.")],
        [B("Quelle: APA", "credit")],
    ], notes="three changed facts: 146→164 passengers, Oberlechner→Oberleitner, closure until 14 instead of Wednesday 12 February")

# ====================================================================== partial 1 (credited in body)
doc("partial1", "partial", "Alpin Aktuell", "2025-02-10T08:00:00+01:00",
    "https://alpin-aktuell.example/wissen/wenn-die-gondel-stehen-bleibt-seilbahnbergung",
    "wire", True, "Wie die APA berichtete", [
        [H("Wenn die Gondel stehen bleibt: So funktioniert eine Seilbahnbergung")],
        [B("Von Thomas Wallnöfer", "byline")],
        [O("Für Seilbahnbetreiber ist es das Szenario, das in jeder Notfallübung durchgespielt wird und das im Ernstfall doch niemand erleben will: eine Bahn, die mit voll besetzten Kabinen auf der Strecke stehen bleibt."),
         O("In den allermeisten Fällen lässt sich eine solche Störung innerhalb weniger Minuten beheben.")],
        [O("Moderne Umlaufbahnen verfügen neben dem elektrischen Hauptantrieb über einen unabhängigen Notantrieb, meist mit eigenem Dieselmotor oder Hydraulikaggregat."),
         O("Damit können die Kabinen auch bei einem Totalausfall langsam in die Stationen gefahren werden, was Fachleute als Bergebetrieb bezeichnen.")],
        [R("Wie die APA berichtete, versagte genau dieses Reservesystem am vergangenen Samstag beim „Grubenjet“ der Hochgruben Bergbahnen in Obertalling: Zuerst fiel das Getriebe des Hauptantriebs aus, danach trat im Notantrieb Hydrauliköl aus.", "s4"),
         R("146 Fahrgäste mussten deshalb von der Bergrettung aus bis zu 52 Metern Höhe abgeseilt oder per Hubschrauber geborgen werden.", "s1", "s7")],
        [O("Eine solche Seilbergung ist aufwendig: Die Retter klettern über das Tragseil oder werden von einem Hubschrauber abgesetzt, öffnen die Kabine und lassen die Insassen einzeln in einem Bergedreieck zu Boden."),
         O("Pro Kabine rechnen Einsatzleiter mit zehn bis zwanzig Minuten, bei Wind und Kälte deutlich länger.")],
        [O("Die Bergepläne der Betreiber sehen in der Regel vor, dass eine Anlage innerhalb weniger Stunden vollständig geräumt werden kann."),
         R("Die Anlage in Obertalling, 2009 gebaut und 2,4 Kilometer lang, war erst im November 2024 ohne Beanstandung überprüft worden.", "s13"),
         R("Sachverständige der Seilbahnbehörde untersuchen den Antrieb am heutigen Montag, gesperrt bleibt die Bahn vorerst bis Mittwoch.", "s14")],
        [O("Für die Bergrettung sind Seilbahneinsätze Teil der Grundausbildung, jede Ortsstelle in einem Skigebiet übt die Bergung mindestens einmal pro Saison gemeinsam mit dem Liftpersonal."),
         O("Ob in Obertalling ein Konstruktionsfehler oder ein Wartungsproblem vorlag, wird sich erst nach Abschluss der Untersuchungen zeigen.")],
    ], notes="explainer on ropeway evacuations; 4 rewritten wire sentences, in-body credit")

# ====================================================================== partial 2 (uncredited)
doc("partial2", "partial", "Wirtschaftsbote Tirol", "2025-02-09T14:00:00+01:00",
    "https://wirtschaftsbote-tirol.example/tourismus/semesterferien-oberland-volle-betten",
    "wire", False, None, [
        [H("Semesterferien: Oberländer Skigebiete melden volle Betten – Ausfall in Obertalling trübt Bilanz")],
        [O("Die Tourismusbetriebe im Tiroler Oberland erleben in diesen Tagen die stärkste Woche des Winters."),
         O("Mit dem Ferienbeginn in Wien, Niederösterreich und mehreren deutschen Bundesländern sind die Unterkünfte in den meisten Orten zu über 90 Prozent ausgelastet, berichten die Tourismusverbände.")],
        [O("Für Obertalling fällt die Bilanz des Wochenendes allerdings gemischt aus."),
         R("Dort stand am Samstag ab 10.40 Uhr die wichtigste Gondelbahn des Skigebiets, der „Grubenjet“, still, 146 Gäste saßen bis zu fünfeinhalb Stunden in den Kabinen fest.", "s3", "s1"),
         R("Die Bahn bleibt laut den Hochgruben Bergbahnen bis mindestens Mittwoch gesperrt.", "s14"),
         R("Den Betroffenen wird die Tageskarte um 69 Euro ersetzt.", "s15")],
        [O("Ohne die Zubringerbahn sind die oberen Pisten nur über zwei Schlepplifte vom Nachbarort aus erreichbar, was am Sonntag Wartezeiten von bis zu einer Stunde zur Folge hatte."),
         O("Hoteliers im Ort rechnen dennoch nicht mit Stornierungen."),
         O("„Die Gäste sind hier, und die meisten nehmen es gelassen“, sagte Florian Gstrein, Wirt des Alpenhofs in Obertalling.")],
        [O("In den übrigen Skigebieten der Region verlief das Wochenende ohne größere Zwischenfälle."),
         O("Die Tourismusverbände rechnen für die gesamte Wintersaison mit einem Nächtigungsplus von rund drei Prozent.")],
    ], notes="tourism-season piece; 3 rewritten wire sentences, no credit")

# ====================================================================== second generation (from heavy A)
S = "straight"
doc("second", "second_generation", "Region Aktuell", "2025-02-08T19:05:00+01:00",
    "https://region-aktuell.example/news/grosseinsatz-hochgrubenkogel-gondel",
    "heavyA", False, None, [
        [H("Großeinsatz am Hochgrubenkogel: Fünfeinhalb Stunden in der Gondel")],
        [B("Foto: APA/Jakob Gruber", "photo_credit")],
        [V("a1", typo=S),
         R("146 Skifahrer und Snowboarder saßen in 38 Kabinen fest, für die letzten von ihnen dauerte das Warten ganze fünfeinhalb Stunden.", "a2"),
         V("a3", typo=S)],
        [R('Der "Grubenjet" bringt an Ferientagen bis zu 2.400 Gäste pro Stunde auf den Hochgrubenkogel.', "ao1"),
         V("a4", typo=S)],
        [V("a5", typo=S),
         R("Aus der Luft halfen zwei Maschinen des Bundesheeres und eine der Polizei, die Passagiere aus Kabinen über steilem Fels am Tau holten.", "a6"),
         V("a7", typo=S)],
        [V("a8", typo=S),
         R("Drei unterkühlte Fahrgäste wurden am Einsatzort medizinisch betreut, eine 67-jährige Frau aus Deutschland kam ins Spital.", "a9"),
         R("Eine Urlauberin aus den Niederlanden, die mit ihren zwei Kindern in einer der oberen Kabinen saß, erzählte einer Tiroler Zeitung, man habe sich gegenseitig gewärmt und mit Schokolade bei Laune gehalten.", "ao3")],
        [V("a10", typo=S), V("a11", typo=S),
         R("Die 2,4 Kilometer lange Anlage stammt aus 2009, bei der letzten Überprüfung im November 2024 sei sie ohne Beanstandung geblieben.", "a12")],
        [V("a13", typo=S), V("a14", typo=S),
         R("Bürgermeister Josef Kathrein lobte am Abend die Bergrettung, ohne deren Einsatz der Tag wohl schlimmer geendet hätte.", "a15"),
         V("ao4", typo=S),
         O("Der Hochgrubenkogel zählt zu den beliebtesten Skibergen im Tiroler Oberland.")],
    ], notes="aggregator copy of the Alpenpost article: its own sentences (capacity, Dutch guest, season) carried over; byline, Jänner-2023 sentence and police sentence dropped")

# ====================================================================== hard negative 1 (before the wire, on the scene)
doc("hn1", "hard_negative", "Oberland Rundschau", "2025-02-08T16:48:00+01:00",
    "https://oberland-rundschau.example/lokal/obertalling/live-hochgrubenkogel-letzte-gondel-geraeumt",
    None, False, None, [
        [H("Hochgrubenkogel: Letzte Gondel geräumt – Applaus an der Talstation")],
        [B("Foto: Oberland Rundschau/Stefan Gapp", "photo_credit")],
        [B("Von Stefan Gapp, Obertalling", "byline")],
        [O("Um 16.15 Uhr hat es Applaus an der Talstation gegeben: Die letzte Frau, die im „Grubenjet“ festgesteckt war, stand wieder im Schnee."),
         O("Damit ist der Großeinsatz am Hochgrubenkogel nach beinahe sechs Stunden beendet."),
         O("Seit 10.40 Uhr hatte sich auf der Zubringerbahn nichts mehr bewegt.")],
        [O("Insgesamt 146 Personen mussten aus 38 Kabinen geholt werden."),
         O("Vor Ort zählte die Rundschau rund 120 Bergretterinnen und Bergretter aus neun Ortsstellen, über dem Tal kreisten stundenlang zwei Hubschrauber des Bundesheers und einer der Polizei."),
         O("Die höchsten Gondeln hingen in 52 Metern Höhe über steilem Gelände, bei minus neun Grad pfiff der Wind durch die Lüftungsschlitze.")],
        [O("Markus Pfandler, der den Einsatz für die Bergrettung Obertalling leitete, wirkte am Nachmittag erschöpft, aber erleichtert."),
         O("„Wir waren von Anfang an am Limit, weil das Wetter nicht mitgespielt hat“, sagte er der Rundschau."),
         O("Drei Gäste wurden mit Unterkühlungen im Sanitätszelt betreut, eine 67 Jahre alte Frau aus Deutschland wurde mit der Rettung abtransportiert.")],
        [O("Sabine Oberlechner, die Chefin der Hochgruben Bergbahnen, kam am frühen Nachmittag an die Talstation und sprach mit wartenden Angehörigen."),
         O("„Wir werden jede Schraube umdrehen, bis wir wissen, was passiert ist“, versprach sie."),
         O("Fest steht laut Oberlechner bisher nur, dass zuerst ein Getriebe und danach die Hydraulik des Notantriebs streikten.")],
        [O("Die Gondelbahn bleibt laut den Bergbahnen bis Mittwoch, 12. Februar, zu, die Tageskarten um 69 Euro werden rückerstattet."),
         O("Bürgermeister Josef Kathrein, selbst jahrzehntelang Bergretter, half an der Talstation beim Ausschenken von heißem Tee.")],
    ], notes="reporter on the scene, published 17 minutes before the wire; own photo")

# ====================================================================== hard negative 2 (APA photo credit)
doc("hn2", "hard_negative", "Inntal Zeitung", "2025-02-08T19:30:00+01:00",
    "https://inntal-zeitung.example/tirol/146-menschen-sassen-in-gondeln-fest-ursache-unklar",
    None, False, None, [
        [H("146 Menschen saßen in Obertalling in Gondeln fest – Ursache weiter unklar")],
        [B("Foto: APA/Jakob Gruber", "photo_credit")],
        [O("Fünfeinhalb Stunden lang ist am Samstag im Skigebiet am Hochgrubenkogel nichts mehr gegangen."),
         O("Der „Grubenjet“, eine Zehner-Gondelbahn der Hochgruben Bergbahnen, blieb um 10.40 Uhr mitten auf der Strecke stehen."),
         O("In 38 Kabinen waren 146 Ski- und Snowboardfahrer eingeschlossen.")],
        [O("Wie die Polizei am Abend mitteilte, waren rund 120 Mitglieder der Bergrettung aus neun Ortsstellen sowie drei Hubschrauber – zwei vom Bundesheer, einer von der Polizei – aufgeboten."),
         O("Die Retter holten die Menschen einzeln aus den Kabinen, zum Teil aus 52 Metern über Grund."),
         O("Abgeschlossen war die Bergung um 16.15 Uhr."),
         O("Drei Personen hatten Unterkühlungen erlitten, eine 67 Jahre alte Urlauberin aus Deutschland kam zur Beobachtung in eine Klinik.")],
        [O("Zur Ursache gab sich der Betreiber am Abend zurückhaltend."),
         O("Geschäftsführerin Sabine Oberlechner bestätigte der Inntal Zeitung lediglich, dass nacheinander Haupt- und Notantrieb ausgefallen seien."),
         O("„Alles Weitere müssen die Sachverständigen klären“, sagte sie."),
         O("Diese werden am Montag erwartet, bis Mittwoch, 12. Februar, bleibt die Bahn geschlossen.")],
        [O("Bergrettungs-Einsatzleiter Markus Pfandler lobte die Disziplin der Eingeschlossenen: „Niemand ist in Panik geraten, das hat uns die Arbeit enorm erleichtert.“"),
         O("Bürgermeister Josef Kathrein kündigte an, den Einsatzkräften in der kommenden Woche mit einem Empfang im Gemeindesaal zu danken."),
         O("Für den verlorenen Skitag gibt es den Kartenpreis von 69 Euro zurück.")],
    ], notes="own phone reporting, different quotes; uses an APA photo (photo credit is not a credit)")

# ====================================================================== hard negative 3 (press conference next day)
doc("hn3", "hard_negative", "Radio Alpenwelle", "2025-02-09T11:20:00+01:00",
    "https://radio-alpenwelle.example/nachrichten/grubenjet-betreiber-kuendigt-externe-pruefung-an",
    None, False, None, [
        [H("Nach Gondel-Stillstand: Betreiber kündigt externe Prüfung an")],
        [O("Einen Tag nach der stundenlangen Evakuierung am „Grubenjet“ haben die Hochgruben Bergbahnen am Sonntag im Gemeindeamt Obertalling über den Stand der Dinge informiert."),
         O("Geschäftsführerin Sabine Oberlechner sagte, man habe zusätzlich zur Seilbahnbehörde einen unabhängigen Gutachter aus der Schweiz beauftragt."),
         O("„Wir wollen, dass jemand von außen draufschaut, der mit uns nichts zu tun hat“, betonte Oberlechner.")],
        [O("Stehen geblieben war die Zehner-Gondelbahn am Samstag bereits um 10.40 Uhr."),
         O("146 Menschen in 38 Kabinen wurden daraufhin von der Bergrettung geborgen, die letzten um 16.15 Uhr.")],
        [O("Einsatzleiter Markus Pfandler zog im Gespräch mit Radio Alpenwelle eine positive Bilanz."),
         O("Seine rund 120 Kameradinnen und Kameraden aus neun Ortsstellen hätten bei minus neun Grad „Übermenschliches geleistet“."),
         O("Unterstützt wurden sie von zwei Hubschraubern des Bundesheers und einem der Polizei."),
         O("Die höchste Gondel habe sich 52 Meter über dem Gelände befunden, erzählte Pfandler.")],
        [O("Die 67-jährige Deutsche, die am Samstag ins Spital gebracht worden war, ist laut Pfandler inzwischen wieder entlassen."),
         O("Auch die drei leicht unterkühlten Gäste seien wohlauf.")],
        [O("Bürgermeister Josef Kathrein erinnerte daran, dass der Großteil der Bergretter ehrenamtlich im Einsatz war, und forderte mehr Geld vom Land für deren Ausrüstung."),
         O("Der „Grubenjet“ bleibt bis Mittwoch, 12. Februar, geschlossen; die Tageskarten um 69 Euro werden ersetzt.")],
    ], notes="press conference the next morning, new quotes, same figures")

# ====================================================================== easy negative
doc("easy", "easy_negative", "Steyrer Wochenspiegel", "2025-02-08T18:30:00+01:00",
    "https://steyrer-wochenspiegel.example/stadt/gemeinderat-gruenes-licht-neues-hallenbad",
    None, False, None, [
        [H("Steyr: Gemeinderat gibt grünes Licht für neues Hallenbad")],
        [O("Der Steyrer Gemeinderat hat am Donnerstagabend mit breiter Mehrheit den Neubau des städtischen Hallenbads beschlossen."),
         O("Das Projekt soll rund 28 Millionen Euro kosten, die Eröffnung ist für Herbst 2027 geplant.")],
        [O("Das bestehende Bad aus den 1970er-Jahren war im Vorjahr wegen undichter Leitungen mehrere Wochen geschlossen gewesen."),
         O("Geplant sind ein 25-Meter-Sportbecken mit sechs Bahnen, ein Lehrschwimmbecken und ein kleiner Saunabereich.")],
        [O("„Damit können wir endlich wieder allen Schulen in der Stadt ausreichend Schwimmzeiten anbieten“, sagte Sportstadträtin Martina Haslinger."),
         O("Kritik kam von der Opposition, die eine Beteiligung des Landes an den Betriebskosten gefordert hatte."),
         O("Ein entsprechender Antrag fand keine Mehrheit.")],
        [O("Während der Bauzeit sollen Schulklassen auf die Bäder in den Nachbargemeinden ausweichen.")],
    ], notes="unrelated local news")


# ---------------------------------------------------------------- assemble
def assign_ids():
    keys = list(DOCS)
    rng = random.Random(20250208)
    rng.shuffle(keys)
    assert keys[0] != "wire"
    return {k: f"{NAME}_d{i:02d}" for i, k in enumerate(keys, 1)}


def resolve(d):
    """fill verbatim texts and turn parent keys into parent texts"""
    parent = DOCS[d["parent"]] if d["parent"] else None
    pmap = {}
    if parent:
        for para in parent["paras"]:
            for s in para:
                if s.get("k"):
                    pmap[s["k"]] = s["text"]
    for para in d["paras"]:
        for s in para:
            if s["label"] == "verbatim":
                s["text"] = TYPO[s.pop("typo")](pmap[s["parents"][0]])
            s["parents"] = [pmap[p] for p in s["parents"]]


def build():
    ids = assign_ids()
    order = ["wire"] + [k for k in DOCS if k != "wire"]  # resolve wire/heavyA before children
    order.sort(key=lambda k: 0 if k == "wire" else 1 if k == "heavyA" else 2)
    for k in order:
        resolve(DOCS[k])
    documents, sentences, drift = [], {}, []
    for k, d in sorted(DOCS.items(), key=lambda kv: ids[kv[0]]):
        paras = d["paras"]
        headline = paras[0][0]["text"]
        text = headline + "\n\n" + "\n\n".join(" ".join(s["text"] for s in p) for p in paras[1:])
        did = ids[k]
        documents.append(dict(id=did, text=text, language="de", outlet=d["outlet"], published=d["published"],
                              url=d["url"], title=headline, kind=d["kind"],
                              parent=ids[d["parent"]] if d["parent"] else None,
                              credited=bool(d["credited"]) if d["kind"] != "wire" else False,
                              credit_text=d["credit_text"]))
        sentences[did] = [dict(text=s["text"], label=s["label"], parents=s["parents"], role=s["role"],
                               drift=s["drift"]) for p in paras for s in p]
        for s in (x for p in paras for x in p):
            for f in s["drift"]:
                assert len(s["parents"]) == 1
                drift.append({"child": did, "parent": ids[d["parent"]], "parent_text": s["parents"][0],
                              "child_text": s["text"], "field": f["field"], "from": f["from"], "to": f["to"]})
    family = {"family": NAME, "documents": documents, "sentences": sentences, "drift": drift}
    (HERE / "family.json").write_text(json.dumps(family, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_readme(family, ids)


README_HEAD = """# seilbahn_at — Gondelbahn-Stillstand in Obertalling (Austrian German, APA)

Test family for the news text-reuse detector. Language: German as written in Austria
(„…“ quotes in most outlets, straight quotes on the APA feed, Austrian vocabulary such as
*Jänner*, *Spital*, *Semesterferien*, *festgesessen sind*, *um 69 Euro*). Agency: APA, with the
APA dateline `Ort (APA) -` and the `(Schluss) xxx/yyy` footer. Everything else is invented:
the resort Obertalling and the mountain Hochgrubenkogel, the operator Hochgruben Bergbahnen, the
lift "Grubenjet", all people, all outlets (`.example` URLs). Real institutions (Bergrettung,
Bundesheer, Polizei, Seilbahnbehörde) appear only as generic actors; real places (Tirol, Steyr,
Spittal an der Drau, Pongau) only as settings.

## The invented event

Saturday 8 February 2025, Semesterferien. At 10.40 the ten-seat gondola lift "Grubenjet"
(Hochgruben Bergbahnen, built 2009, 2.4 km) stops between valley and middle station: first the
gearbox of the main drive fails, then a hydraulic leak takes out the emergency drive. 146 skiers
sit in 38 cabins for up to five and a half hours. About 120 mountain rescuers from nine local
units, two army helicopters and a police helicopter evacuate them by rope (cabins up to 52 m
high) and by long line; the last person is down at 16.15. Minus nine degrees and gusty wind;
three people are treated for hypothermia, a 67-year-old German woman is taken to hospital.
People: Markus Pfandler (head of the local Bergrettung unit), Sabine Oberlechner (managing
director of the operator), Josef Kathrein (mayor). The lift stays closed at least until
Wednesday 12 February; experts of the ropeway authority inspect it on Monday; day tickets
(69 euros) are refunded; the police investigate.

## Documents

Label counts: v = verbatim, r = rewritten, o = original, b = boilerplate.

| id | kind | outlet | published | parent | credit | v | r | o | b | notes |
|---|---|---|---|---|---|---|---|---|---|---|
"""

README_TAIL = """
## Notes on the labels

- The wire's own sentences are labelled `original`; its dateline `Obertalling (APA) -` is a
  separate `boilerplate` segment (role `dateline`) inside the first paragraph, the footer
  `(Schluss) jgr/sol` is `footer`.
- Credits: `Quelle: APA`, `red/APA` and the in-body `Wie die APA berichtete` are credits.
  `Foto: APA/Jakob Gruber` is a photo credit only; the Alpenpost (heavy, uncredited), its
  aggregator copy (second generation) and the Inntal Zeitung (hard negative) carry it.
- Verbatim copy: typography only (straight quotes → „…“, ' → ’), dateline, footer and the
  Pfandler paragraph dropped, published with a date only (the Sunday print edition).
- Light copies: 11 of 17 wire sentences (65 %) each, one left unchanged (the rescue-teams
  sentence in the Unterland Kurier, the ticket-refund sentence in Österreich Direkt), two own
  sentences each.
- Heavy rewrites, hard negatives: no run of 5 words (case-folded, punctuation stripped or
  split) shared with the wire; hard negatives also share none with any derived document.
- Drift (Newsflash Österreich): 146 → 164 passengers, Sabine Oberlechner → Sabine Oberleitner,
  closure „mindestens bis Mittwoch, 12. Februar“ → „mindestens bis 14. Februar“.
- The second generation (Region Aktuell) is labelled against the Alpenpost article, its parent;
  its sentences that trace back to Alpenpost's own sentences are `verbatim`/`rewritten` of those.
- Oberland Rundschau (hard negative) was published 17 minutes before the wire.

`build.py` writes `family.json` and this README; `check.py` checks the constraints.
"""


def write_readme(family, ids):
    rows = []
    key_of = {v: k for k, v in ids.items()}
    for d in family["documents"]:
        c = Counter(s["label"] for s in family["sentences"][d["id"]])
        credit = d["credit_text"] or ("—" if not d["credited"] else "")
        if d["kind"] == "wire":
            credit = "(agency)"
        rows.append(f"| {d['id']} | {d['kind']} | {d['outlet']} | {d['published']} | {d['parent'] or '—'} | "
                    f"{credit} | {c['verbatim']} | {c['rewritten']} | {c['original']} | {c['boilerplate']} | "
                    f"{DOCS[key_of[d['id']]]['notes']} |")
    (HERE / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n" + README_TAIL, encoding="utf-8")


if __name__ == "__main__":
    build()
