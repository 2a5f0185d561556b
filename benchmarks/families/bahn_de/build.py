#!/usr/bin/env python3
"""Build the bahn_de reuse family (German). Writes family.json and README.md."""
import json

REG = {}  # sentence key -> text (for parent lookup)


def S(text, label="original", parents=(), role=None, drift=None, k=None):
    return {"text": text, "label": label, "parents": list(parents), "role": role,
            "drift": drift, "k": k}


def B(text, role):
    return S(text, "boilerplate", role=role)


def V(key, text=None):
    """verbatim copy of a registered sentence (text may differ only in typography)"""
    return S(text if text is not None else REG[key], "verbatim", [key])


def R(parents, text, drift=None):
    if isinstance(parents, str):
        parents = [parents]
    return S(text, "rewritten", parents, drift=drift)


def reg(prefix, paras):
    for p in paras:
        for s in p:
            if s["k"]:
                REG[s["k"]] = s["text"]
    return paras


def K(k, text, label="original"):
    return S(text, label, k=k)

# ---------------------------------------------------------------- wire (dpa)
WIRE_TITLE = "Risse im Viadukt: Bahn sperrt Strecke Kassel–Hann. Münden für Wochen"
wire_paras = reg("W", [
    [B(WIRE_TITLE, "headline")],
    [B("Kassel (dpa) -", "dateline"),
     K("W1", "Wegen Rissen in einer mehr als 100 Jahre alten Eisenbahnbrücke sperrt die Deutsche Bahn die Strecke zwischen Kassel und Hann. Münden ab Mittwoch voraussichtlich bis zum 30. April."),
     K("W2", "Betroffen sind nach Angaben des Unternehmens täglich rund 14.000 Pendlerinnen und Pendler sowie etwa 60 Güterzüge.")],
    [K("W3", "Prüfingenieure hatten die Schäden am Grebenbach-Viadukt bei Fuldatal am 6. März während einer routinemäßigen Inspektion entdeckt."),
     K("W4", "An zwei der insgesamt acht Pfeiler fanden sie Risse von bis zu 1,20 Metern Länge."),
     K("W5", "Das 240 Meter lange und 31 Meter hohe Bauwerk aus Sandstein wurde 1911 errichtet.")],
    [K("W6", "„Die Brücke ist nicht einsturzgefährdet, aber unter der Last eines vollbesetzten Zuges können wir die Entwicklung der Risse derzeit nicht sicher vorhersagen“, sagte Dr. Matthias Oberländer, Leiter der Brückeninspektion bei der DB InfraGO in Frankfurt am Main."),
     K("W7", "Deshalb habe man sich für eine Vollsperrung entschieden."),
     K("W8", "Die Reparatur soll nach ersten Schätzungen rund 3,5 Millionen Euro kosten.")],
    [K("W9", "Zwischen Kassel-Wilhelmshöhe und Hann. Münden fahren ab Mittwochmorgen 38 Ersatzbusse, u. a. mit Halt in Fuldatal-Ihringshausen und Speele."),
     K("W10", "Fahrgäste müssen sich auf eine um bis zu 45 Minuten längere Fahrzeit einstellen."),
     K("W11", "„Wir wissen, dass das für viele Menschen in der Region eine erhebliche Belastung ist“, sagte Bahnsprecherin Katrin Vollmer."),
     K("W12", "Die Bahn werde die Takte der Busse in den Hauptverkehrszeiten verdichten und die Fahrgäste über die App informieren, kündigte sie an.")],
    [K("W13", "Die Güterzüge sollen über Bebra und Eichenberg umgeleitet werden.")],
    [K("W14", "Kritik kam von der Fahrgastinitiative Nordhessen."),
     K("W15", "„Seit Jahren warnen wir vor dem schlechten Zustand der Brücken auf dieser Strecke, jetzt bekommen die Pendler die Quittung“, sagte die Vorsitzende Heike Brandstätter."),
     K("W16", "Sie forderte die Bahn auf, Zeitkarteninhabern einen Teil des Fahrpreises zu erstatten."),
     K("W17", "Ein Sprecher des hessischen Verkehrsministeriums in Wiesbaden kündigte an, das Land werde sich am Montag, 17. März, mit der Bahn über die Lage beraten.")],
])

# ---------------------------------------------------------------- verbatim (drops the freight paragraph, no dateline)
def guill(t):
    return t.replace("„", "»").replace("“", "«")

verbatim_paras = [
    [B(WIRE_TITLE, "headline")],
    [V("W1"), V("W2")],
    [V("W3"), V("W4"), V("W5")],
    [V("W6", guill(REG["W6"])), V("W7"), V("W8")],
    [V("W9"), V("W10"), V("W11", guill(REG["W11"])), V("W12")],
    [V("W14"), V("W15", guill(REG["W15"])), V("W16"), V("W17")],
]

# ---------------------------------------------------------------- light 1 (Kasseler Morgenblatt, credited)
LIGHT1_TITLE = "Bahn sperrt Strecke Kassel–Hann. Münden: Risse in altem Viadukt"
light1_paras = [
    [B(LIGHT1_TITLE, "headline")],
    [R("W1", "Wegen Rissen in einer über 100 Jahre alten Eisenbahnbrücke sperrt die Deutsche Bahn ab Mittwoch die Strecke zwischen Kassel und Hann. Münden – voraussichtlich bis zum 30. April."),
     R("W2", "Nach Angaben des Unternehmens sind täglich rund 14.000 Pendler sowie etwa 60 Güterzüge betroffen."),
     S("Für viele Berufstätige im Landkreis Kassel beginnt damit eine schwierige Zeit.")],
    [R("W3", "Prüfingenieure hatten die Schäden am Grebenbach-Viadukt bei Fuldatal am 6. März bei einer Routineinspektion entdeckt."),
     R("W4", "An zwei der acht Pfeiler fanden sie Risse von bis zu 1,20 Metern.")],
    [V("W6")],
    [R("W9", "Ab Mittwochmorgen fahren zwischen Kassel-Wilhelmshöhe und Hann. Münden 38 Ersatzbusse, die u. a. in Fuldatal-Ihringshausen und Speele halten."),
     R("W10", "Fahrgäste müssen mit einer bis zu 45 Minuten längeren Fahrzeit rechnen."),
     R("W11", "„Wir wissen, dass das für viele Menschen in der Region eine erhebliche Belastung ist“, sagte Bahnsprecherin Katrin Vollmer am Dienstag.")],
    [R(["W14", "W15"], "Die Fahrgastinitiative Nordhessen übte scharfe Kritik: „Seit Jahren warnen wir vor dem schlechten Zustand der Brücken auf dieser Strecke, jetzt bekommen die Pendler die Quittung“, sagte die Vorsitzende Heike Brandstätter."),
     R("W17", "Das hessische Verkehrsministerium will am 17. März mit der Bahn über die Lage beraten."),
     S("Erst im vergangenen Herbst war die Strecke wegen Gleisarbeiten bereits zwei Wochen lang gesperrt gewesen.")],
    [B("Mit Material von dpa", "credit")],
]

# ---------------------------------------------------------------- light 2 (Göttinger Tagespost, not credited, byline)
LIGHT2_TITLE = "Wochenlange Sperrung: Risse im Viadukt legen Bahnstrecke nach Kassel lahm"
light2_paras = [
    [B(LIGHT2_TITLE, "headline")],
    [B("Von Lena Hartkopf", "byline")],
    [S("Für Pendler aus Hann. Münden und dem Landkreis Göttingen wird der Weg zur Arbeit nach Kassel ab sofort deutlich länger."),
     R("W1", "Weil eine mehr als 100 Jahre alte Eisenbahnbrücke Risse hat, sperrt die Deutsche Bahn die Strecke zwischen Kassel und Hann. Münden ab Mittwoch voraussichtlich bis zum 30. April."),
     R("W2", "Betroffen sind laut Bahn täglich rund 14.000 Pendlerinnen und Pendler sowie etwa 60 Güterzüge.")],
    [R("W3", "Prüfingenieure hatten die Schäden am Grebenbach-Viadukt am 6. März während einer routinemäßigen Inspektion festgestellt."),
     V("W5")],
    [R("W6", "„Die Brücke ist nicht einsturzgefährdet, aber unter der Last eines vollbesetzten Zuges können wir die Entwicklung der Risse derzeit nicht sicher vorhersagen“, sagte Dr. Matthias Oberländer von der DB InfraGO."),
     R("W7", "Deshalb habe sich die Bahn für eine Vollsperrung entschieden.")],
    [R("W9", "Zwischen Kassel-Wilhelmshöhe und Hann. Münden sind ab Mittwochmorgen 38 Ersatzbusse im Einsatz."),
     R("W10", "Fahrgäste sollten eine um bis zu 45 Minuten längere Fahrzeit einplanen."),
     R("W12", "Die Bahn will die Busse im Berufsverkehr häufiger fahren lassen und die Fahrgäste über ihre App informieren.")],
    [R(["W14", "W16"], "Die Fahrgastinitiative Nordhessen forderte die Bahn auf, Inhabern von Zeitkarten einen Teil des Fahrpreises zu erstatten."),
     S("Die Stadt Hann. Münden prüft nach eigenen Angaben, ob zusätzliche Parkplätze am Bahnhof für Fahrgemeinschaften freigegeben werden können.")],
]

# ---------------------------------------------------------------- drift (Werra-Echo, Quelle: dpa)
DRIFT_TITLE = "Bahnbrücke bei Fuldatal beschädigt: Strecke nach Hann. Münden gesperrt"
drift_paras = [
    [B(DRIFT_TITLE, "headline")],
    [R("W1", "Wegen Rissen in einer mehr als 100 Jahre alten Eisenbahnbrücke sperrt die Deutsche Bahn die Strecke zwischen Kassel und Hann. Münden ab Mittwoch voraussichtlich bis zum 30. Mai.",
       drift=[{"field": "date", "from": "30. April", "to": "30. Mai"}]),
     R("W2", "Betroffen sind nach Bahnangaben täglich rund 16.000 Pendlerinnen und Pendler sowie etwa 60 Güterzüge.",
       drift=[{"field": "number", "from": "14.000", "to": "16.000"}]),
     S("Im Werra-Meißner-Kreis trifft es vor allem Fahrgäste, die in Hann. Münden in Richtung Kassel umsteigen.")],
    [R("W3", "Die Schäden am Grebenbach-Viadukt waren am 6. März bei einer routinemäßigen Inspektion entdeckt worden."),
     R("W4", "An zwei der insgesamt acht Pfeiler fanden Prüfingenieure Risse von bis zu 1,20 Metern Länge."),
     V("W5"),
     S("Die Bahn hatte den Zustand des Viadukts zuletzt vor sechs Jahren als ausreichend eingestuft.")],
    [R("W6", "„Die Brücke ist nicht einsturzgefährdet, aber unter der Last eines vollbesetzten Zuges können wir die Entwicklung der Risse derzeit nicht sicher vorhersagen“, erklärte Dr. Matthias Oberländer, Leiter der Brückeninspektion bei der DB InfraGO.")],
    [R("W9", "Ab Mittwochmorgen fahren zwischen Kassel-Wilhelmshöhe und Hann. Münden 38 Ersatzbusse."),
     R("W10", "Fahrgäste müssen sich auf bis zu 45 Minuten längere Fahrzeiten einstellen."),
     R("W11", "„Wir wissen, dass das für viele Menschen in der Region eine erhebliche Belastung ist“, sagte Bahnsprecherin Katrin Vollrath.",
       drift=[{"field": "name", "from": "Katrin Vollmer", "to": "Katrin Vollrath"}])],
    [R(["W14", "W15"], "Kritik kam von der Fahrgastinitiative Nordhessen, deren Vorsitzende Heike Brandstätter sagte: „Seit Jahren warnen wir vor dem schlechten Zustand der Brücken auf dieser Strecke, jetzt bekommen die Pendler die Quittung.“")],
    [B("Quelle: dpa", "credit")],
]

# ---------------------------------------------------------------- heavy 1 (Hessen Kompakt, parent of second generation)
HEAVY1_TITLE = "Marode Sandsteinpfeiler: Nordhessens Pendler müssen wochenlang in den Bus"
heavy1_paras = reg("H1", [
    [B(HEAVY1_TITLE, "headline")],
    [B("Von Tobias Rehberg", "byline")],
    [K("H1a", "Der Weg zur Arbeit wird für Tausende Menschen zwischen Nordhessen und Südniedersachsen in den kommenden Wochen zur Geduldsprobe."),
     K("H1b", "Bei einer turnusmäßigen Überprüfung stießen Fachleute der Bahn am 6. März auf Schäden am Grebenbach-Viadukt nahe Fuldatal – nun bleibt die Verbindung von Kassel nach Hann. Münden von Mittwoch an dicht.", "rewritten"),
     K("H1c", "Als Termin für die Wiederfreigabe nennt der Konzern bislang den 30. April.", "rewritten"),
     K("H1d", "Nach Rechnung des Unternehmens trifft die Sperrung Tag für Tag etwa 14.000 Berufspendler, hinzu kommen rund 60 Güterzüge.", "rewritten")],
    [K("H1e", "Die Risse – der längste misst 1,20 Meter – ziehen sich durch zwei von acht Pfeilern des Sandsteinbaus, der 1911 fertiggestellt wurde und auf 240 Metern Länge das Tal in 31 Metern Höhe überspannt.", "rewritten"),
     K("H1f", "Schon äußerlich sieht man dem Bauwerk sein Alter an: Moos wächst in den Fugen, an mehreren Stellen ist der Stein ausgewaschen.")],
    [K("H1g", "Einsturzgefahr bestehe zwar nicht, versicherte Dr. Matthias Oberländer, der bei der Frankfurter DB InfraGO die Brückenprüfung leitet.", "rewritten"),
     K("H1h", "Wie sich die Schäden unter einem voll besetzten Zug weiterentwickelten, lasse sich aber nicht verlässlich abschätzen – darum komme nur eine komplette Sperrung infrage.", "rewritten"),
     K("H1i", "Für die Instandsetzung veranschlagt die Bahn vorläufig etwa 3,5 Millionen Euro.", "rewritten")],
    [K("H1j", "Ersatzweise pendeln ab Mittwochfrüh 38 Busse zwischen dem Bahnhof Wilhelmshöhe und Hann. Münden; unterwegs halten sie etwa in Ihringshausen und Speele.", "rewritten"),
     K("H1k", "Wer auf diese Busse umsteigt, braucht bis zu eine Dreiviertelstunde mehr.", "rewritten"),
     K("H1l", "Bahnsprecherin Katrin Vollmer räumte ein, dass die Einschränkungen viele Menschen in der Gegend hart träfen.", "rewritten"),
     K("H1m", "In den Stoßzeiten sollen die Busse öfter verkehren, aktuelle Hinweise verschickt der Konzern über seine App.", "rewritten")],
    [K("H1n", "Ob das reicht, bezweifeln viele Pendler, die sich am Dienstag in sozialen Netzwerken über die kurzfristige Ankündigung beschwerten."),
     K("H1o", "Auch Heike Brandstätter, Vorsitzende der Fahrgastinitiative Nordhessen, ist verärgert: Vor dem maroden Zustand der Brücken entlang der Linie habe ihr Verband seit Jahren gewarnt, nun müssten die Fahrgäste dafür büßen.", "rewritten"),
     K("H1p", "Sie verlangt, dass Abonnenten von Monats- und Jahreskarten Geld zurückbekommen.", "rewritten")],
    [K("H1q", "Der Güterverkehr wird unterdessen über Bebra und Eichenberg geleitet, und das Wiesbadener Verkehrsministerium hat für den 17. März ein Krisentreffen mit der Bahn angesetzt.", "rewritten"),
     K("H1r", "Für die Region kommt die Sperrung zur Unzeit: Erst im Januar hatte der Landkreis ein Programm aufgelegt, um mehr Autofahrer zum Umstieg auf die Schiene zu bewegen.")],
])
H1_PARENTS = {"H1b": ["W3", "W1"], "H1c": ["W1"], "H1d": ["W2"], "H1e": ["W4", "W5"],
              "H1g": ["W6"], "H1h": ["W6", "W7"], "H1i": ["W8"], "H1j": ["W9"], "H1k": ["W10"],
              "H1l": ["W11"], "H1m": ["W12"], "H1o": ["W14", "W15"], "H1p": ["W16"],
              "H1q": ["W13", "W17"]}
for p in heavy1_paras:
    for s in p:
        if s["k"] in H1_PARENTS:
            s["parents"] = H1_PARENTS[s["k"]]

# ---------------------------------------------------------------- heavy 2 (Frankfurter Abendbote, in-body credit)
HEAVY2_TITLE = "Sanierungsfall Grebenbach-Viadukt: Bahn zieht bei Kassel die Notbremse"
heavy2_paras = [
    [B(HEAVY2_TITLE, "headline")],
    [R(["W1", "W5"], "Die Deutsche Bahn nimmt ein 114 Jahre altes Viadukt nördlich von Kassel vom Netz, wie die Deutsche Presse-Agentur berichtete."),
     R("W1", "Von Mittwoch an fährt auf der Regionalstrecke in Richtung Hann. Münden kein Zug mehr, und das nach derzeitiger Planung bis einschließlich 30. April.")],
    [R(["W3", "W4"], "Am 6. März hatten Inspekteure bei einer Regelprüfung an zwei Pfeilern des Bauwerks Risse entdeckt, die bis zu 1,20 Meter lang sind."),
     S("Eisenbahnbrücken werden hierzulande in festen Abständen von Fachleuten begutachtet, neben einfachen Sichtkontrollen gibt es regelmäßig gründliche Hauptprüfungen."),
     R(["W4", "W5"], "Der Sandsteinbau aus dem Jahr 1911 ruht auf acht Pfeilern, misst 240 Meter und erhebt sich 31 Meter über den Talgrund.")],
    [R(["W2", "W13"], "Auf die Verbindung sind laut Bahn jeden Tag etwa 14.000 Pendler angewiesen; außerdem rollen dort rund 60 Güterzüge, die künftig den Umweg über Bebra und Eichenberg nehmen.")],
    [R("W6", "Dr. Matthias Oberländer, bei der Bahntochter DB InfraGO für die Inspektion der Brücken zuständig, betonte, das Viadukt drohe nicht einzustürzen."),
     R(["W6", "W7"], "Man könne jedoch nicht seriös prognostizieren, ob sich die Risse unter schweren, vollen Zügen vergrößerten, und habe daher jeglichen Verkehr untersagt."),
     R("W8", "Die Kosten der Sanierung beziffert der Konzern nach einer ersten Überschlagsrechnung auf 3,5 Millionen Euro."),
     S("Ein Bauunternehmen soll nach Angaben des Konzerns noch im März beauftragt werden.")],
    [R(["W9", "W10"], "Fahrgäste steigen ab Mittwochmorgen in einen von 38 Bussen um, die Reisezeit verlängert sich dadurch um maximal 45 Minuten."),
     R(["W11", "W12"], "Sprecherin Katrin Vollmer sprach von einer spürbaren Last für die Region und versprach dichtere Bustakte im Berufsverkehr sowie Informationen per App.")],
    [R(["W14", "W15", "W16"], "Die Fahrgastinitiative Nordhessen wirft der Bahn dagegen vor, Warnungen über Jahre ignoriert zu haben; ihre Vorsitzende Heike Brandstätter fordert Erstattungen für Pendler mit Zeitkarten."),
     R("W17", "Am 17. März wollen sich Vertreter des Landes und der Bahn zusammensetzen.")],
    [S("Bundesweit gelten nach Branchenschätzungen mehrere Tausend Eisenbahnbrücken als sanierungsbedürftig."),
     S("Viele von ihnen stammen wie das Grebenbach-Viadukt aus der Zeit vor dem Ersten Weltkrieg.")],
]

# ---------------------------------------------------------------- heavy 3 (Weser-Leine-Zeitung, service piece, not credited)
HEAVY3_TITLE = "Ab heute Busse statt Bahn: Was Pendler an der Strecke Kassel–Hann. Münden wissen müssen"
heavy3_paras = [
    [B(HEAVY3_TITLE, "headline")],
    [R(["W1", "W9"], "Seit Mittwochfrüh ersetzen Busse die Regionalzüge auf dem Abschnitt vom Bahnhof Kassel-Wilhelmshöhe bis Hann. Münden."),
     S("Die wichtigsten Antworten im Überblick.")],
    [S("Warum fahren keine Züge?")],
    [R(["W3", "W4"], "Fachleute haben bei einer Routinekontrolle am 6. März zwei schadhafte Pfeiler am Fuldataler Grebenbach-Viadukt gefunden; der längste Riss im Sandstein misst 1,20 Meter."),
     R("W5", "Die Brücke, gebaut 1911, ist 31 Meter hoch und 240 Meter lang."),
     R(["W6", "W7"], "Akut einsturzgefährdet sei sie nicht, heißt es von der Bahn-Infrastrukturtochter DB InfraGO, deren Brückenprüfer Dr. Matthias Oberländer allerdings keine Garantie dafür geben will, dass die Schäden unter voller Zuglast stabil bleiben.")],
    [S("Wie lange dauert die Sperrung?")],
    [R(["W1", "W8"], "Geplant ist, den Verkehr am 30. April wieder freizugeben; bis dahin sollen Reparaturen für geschätzt 3,5 Millionen Euro erledigt sein.")],
    [S("Wie komme ich jetzt zur Arbeit?")],
    [R(["W9", "W10"], "Insgesamt 38 Busse bedienen die Verbindung, Halte gibt es unter anderem in Ihringshausen und Speele; wer mitfährt, sollte bis zu 45 Minuten zusätzlich einplanen."),
     R("W12", "Im morgendlichen und abendlichen Berufsverkehr verspricht die Bahn engere Abstände zwischen den Bussen, Änderungen meldet sie über ihre App."),
     R("W11", "Sprecherin Katrin Vollmer zeigte Verständnis für den Ärger: Für zahlreiche Menschen in Nordhessen sei die Situation eine echte Last."),
     R("W2", "Rund 14.000 Fahrgäste nutzen die Strecke an einem gewöhnlichen Tag."),
     R(["W2", "W13"], "Für die etwa 60 Güterzüge pro Tag hat die Bahn eine Umleitung über Bebra und Eichenberg eingerichtet.")],
    [S("Bekomme ich Geld zurück?")],
    [R(["W16", "W14", "W15"], "Bislang nicht – genau das verlangt aber die Fahrgastinitiative Nordhessen, deren Chefin Heike Brandstätter der Bahn vorwirft, die maroden Brücken der Linie jahrelang vernachlässigt zu haben."),
     R("W17", "Ob es Entschädigungen gibt, könnte auch Thema beim Treffen zwischen Landesregierung und Bahn am kommenden Montag, dem 17. März, sein.")],
]

# ---------------------------------------------------------------- second generation (copy of heavy 1)
SG_TITLE = "Marode Pfeiler: Pendler in Nordhessen müssen wochenlang in den Bus"
sg_paras = [
    [B(SG_TITLE, "headline")],
    [V("H1a"),
     R("H1b", "Bei einer turnusmäßigen Überprüfung stießen Fachleute der Bahn am 6. März auf Schäden am Grebenbach-Viadukt nahe Fuldatal, seit Mittwoch ist die Verbindung von Kassel nach Hann. Münden deshalb dicht."),
     V("H1c"), V("H1d")],
    [R("H1e", "Die Risse, der längste misst 1,20 Meter, ziehen sich durch zwei von acht Pfeilern des Sandsteinbaus, der 1911 fertiggestellt wurde und das Tal auf 240 Metern Länge in 31 Metern Höhe überspannt."),
     V("H1f")],
    [V("H1g"),
     R("H1h", "Wie sich die Schäden unter einem voll besetzten Zug weiterentwickeln, lasse sich aber nicht verlässlich abschätzen – deshalb komme nur eine komplette Sperrung infrage."),
     V("H1i")],
    [R("H1j", "Ersatzweise pendeln seit Mittwochfrüh 38 Busse zwischen dem Bahnhof Wilhelmshöhe und Hann. Münden."),
     V("H1k"), V("H1l"), V("H1n")],
    [R("H1o", "Auch Heike Brandstätter von der Fahrgastinitiative Nordhessen ist verärgert: Vor dem maroden Zustand der Brücken entlang der Linie habe ihr Verband seit Jahren gewarnt."),
     V("H1p")],
    [R("H1r", "Für die Region kommt die Sperrung zur Unzeit, hatte der Landkreis doch erst im Januar ein Programm aufgelegt, um mehr Autofahrer zum Umstieg auf die Schiene zu bewegen."),
     S("Wie lange die Busse tatsächlich fahren müssen, ist offen.")],
]

# ---------------------------------------------------------------- translation (English)
TR_TITLE = "Cracked viaduct forces weeks-long rail closure near Kassel"
tr_paras = [
    [B(TR_TITLE, "headline")],
    [R("W1", "Deutsche Bahn is closing the line between Kassel and Hann. Münden from Wednesday, probably until 30 April, after cracks were found in a railway bridge that is more than 100 years old."),
     R("W2", "According to the company, around 14,000 commuters and some 60 freight trains are affected every day.")],
    [R("W3", "Inspection engineers discovered the damage to the Grebenbach Viaduct near Fuldatal during a routine check on 6 March."),
     R("W4", "They found cracks up to 1.20 metres long in two of its eight piers."),
     R("W5", "The sandstone structure, 240 metres long and 31 metres high, was built in 1911.")],
    [R("W6", "“The bridge is not at risk of collapse, but we cannot currently predict with certainty how the cracks will develop under the load of a fully occupied train,” said Dr Matthias Oberländer, head of bridge inspection at DB InfraGO in Frankfurt am Main."),
     R("W7", "That was why a full closure had been chosen, he said."),
     R("W8", "Initial estimates put the cost of repairs at around 3.5 million euros.")],
    [R(["W9", "W10"], "From Wednesday morning, 38 replacement buses will run between Kassel-Wilhelmshöhe and Hann. Münden, adding up to 45 minutes to journey times."),
     R("W11", "“We know that this is a considerable burden for many people in the region,” said rail spokeswoman Katrin Vollmer."),
     R("W12", "She said buses would run more frequently at peak times and passengers would be kept informed via the app."),
     R("W13", "Freight trains are to be diverted via Bebra and Eichenberg.")],
    [R("W14", "The regional passenger group Fahrgastinitiative Nordhessen was critical."),
     R("W15", "“We have been warning for years about the poor state of the bridges on this line, and now commuters are paying the price,” said its chair, Heike Brandstätter."),
     R("W16", "She called on the railway to refund part of the fare to season ticket holders."),
     R("W17", "A spokesman for the Hesse transport ministry in Wiesbaden said the state would hold talks with Deutsche Bahn on Monday, 17 March.")],
    [S("Hann. Münden, a town of about 24,000 people, lies where the Werra and Fulda rivers meet to form the Weser.")],
    [B("With material from dpa", "credit")],
]

# ---------------------------------------------------------------- partial 1 (trade magazine on old bridges)
P1_TITLE = "Alte Brücken, neue Sorgen: Warum Viadukte aus der Kaiserzeit zum Problem werden"
p1_paras = [
    [B(P1_TITLE, "headline")],
    [B("Von Dr. Susanne Kettler", "byline")],
    [S("Sie haben zwei Weltkriege überstanden, Jahrzehnte des Dampfbetriebs und immer schwerere Güterzüge: Viele Eisenbahnbrücken in Deutschland sind älter als 100 Jahre."),
     S("Noch tragen sie den Verkehr, doch der Aufwand für ihren Erhalt steigt von Jahr zu Jahr."),
     S("Wie schnell aus einem Routinebefund eine wochenlange Sperrung werden kann, zeigt derzeit ein Fall aus Nordhessen.")],
    [R(["W3", "W4"], "Bei einer Routineinspektion am 6. März entdeckten Prüfingenieure am Grebenbach-Viadukt bei Fuldatal Risse von bis zu 1,20 Metern Länge an zwei von acht Pfeilern."),
     R(["W1", "W5"], "Die Deutsche Bahn sperrte daraufhin die Strecke zwischen Kassel und Hann. Münden bis voraussichtlich 30. April; das Bauwerk aus Sandstein stammt aus dem Jahr 1911."),
     R("W6", "Die Brücke sei zwar nicht einsturzgefährdet, man könne die Entwicklung der Risse unter der Last eines vollbesetzten Zuges aber nicht sicher vorhersagen, sagte Dr. Matthias Oberländer von der DB InfraGO.")],
    [S("Gerade Natursteinbauten stellen Ingenieure vor besondere Herausforderungen."),
     S("„Sandstein reagiert auf Feuchtigkeit und Frost, und die Fugen aus Kalkmörtel sind nach einem Jahrhundert oft ausgewaschen“, sagt Prof. Jörg Wendelin, der an einer technischen Hochschule in Hessen zum Erhalt historischer Ingenieurbauwerke forscht."),
     S("Anders als bei Stahlbrücken lasse sich der Zustand des Mauerwerks im Inneren nur schwer beurteilen."),
     S("Moderne Verfahren, z. B. Radarmessungen oder die Entnahme von Bohrkernen, helfen zwar, sind aber aufwendig und teuer.")],
    [S("Hinzu kommt, dass viele der alten Viadukte unter Denkmalschutz stehen."),
     S("Ein Abriss mit anschließendem Neubau ist dann oft keine Option, jede Sanierung muss mit den Denkmalbehörden abgestimmt werden.")],
    [R("W8", "Im nordhessischen Fall rechnet die Bahn mit Kosten von rund 3,5 Millionen Euro."),
     S("Wendelin hält das für eine vergleichsweise überschaubare Summe: „Wenn man rechtzeitig handelt, ist der Erhalt fast immer günstiger als ein Neubau.“"),
     S("Entscheidend sei, Schäden früh zu erkennen und Reparaturen nicht jahrelang aufzuschieben."),
     S("Fahrgastverbände fordern deshalb seit Langem, mehr Geld in die laufende Instandhaltung statt in prestigeträchtige Neubauprojekte zu stecken.")],
]

# ---------------------------------------------------------------- partial 2 (business paper, three weeks later, credited)
P2_TITLE = "Drei Wochen Schienenersatzverkehr: Betriebe im Fuldatal setzen auf Homeoffice und Fahrgemeinschaften"
p2_paras = [
    [B(P2_TITLE, "headline")],
    [S("Seit drei Wochen rollen im Fuldatal Busse statt Regionalzüge – und die Unternehmen der Region spüren die Folgen."),
     S("Beim Maschinenbauer Kröger & Söhne in Fuldatal kommen nach Angaben der Geschäftsführung derzeit bis zu 80 der 450 Beschäftigten regelmäßig zu spät."),
     S("„Wir haben die Kernarbeitszeit aufgehoben und erlauben, wo es geht, zwei Tage Homeoffice pro Woche“, sagt Personalleiterin Sabine Okonkwo.")],
    [R(["W1", "W3"], "Hintergrund ist die Sperrung der Bahnstrecke, nachdem Prüfingenieure am 6. März Risse im mehr als 100 Jahre alten Grebenbach-Viadukt entdeckt hatten."),
     R(["W9", "W10"], "Seitdem pendeln 38 Ersatzbusse zwischen Kassel-Wilhelmshöhe und Hann. Münden, die Fahrzeit verlängert sich um bis zu 45 Minuten."),
     R("W2", "Nach Angaben der Bahn sind täglich rund 14.000 Pendlerinnen und Pendler betroffen.")],
    [S("Die Industrie- und Handelskammer in Kassel hat eine Online-Börse für Fahrgemeinschaften eingerichtet, auf der sich bislang gut 600 Nutzer registriert haben."),
     S("„Die Resonanz zeigt, wie groß der Druck ist“, sagt ein Sprecher der Kammer."),
     S("Auch der Einzelhandel in Hann. Münden klagt über weniger Kundschaft aus dem Kasseler Raum.")],
    [R("W1", "Ob die Strecke wie geplant am 30. April wieder freigegeben wird, ist offen."),
     S("Eine Bahnsprecherin verwies auf Anfrage darauf, dass die Reparaturarbeiten am Viadukt Ende März begonnen hätten und bislang im Zeitplan lägen."),
     S("Bei Kröger & Söhne plant man vorsorglich bereits bis in den Mai hinein.")],
    [B("Mit Material von dpa", "credit")],
]

# ---------------------------------------------------------------- hard negative 1 (radio, BEFORE the wire)
HN1_TITLE = "Pressekonferenz in Kassel: Bahn macht Regionalstrecke nach Hann. Münden dicht"
hn1_paras = [
    [B(HN1_TITLE, "headline")],
    [S("Die Bahn hat am Dienstagvormittag in Kassel eine wochenlange Vollsperrung für Nordhessen angekündigt."),
     S("Ab morgen, Mittwoch, verkehren auf der Regionalstrecke von Kassel-Wilhelmshöhe über Ihringshausen und Speele nach Hann. Münden keine Züge mehr.")],
    [S("Grund sind Schäden am Grebenbach-Viadukt in der Gemeinde Fuldatal, die Prüfer am vergangenen Donnerstag, dem 6. März, festgestellt haben."),
     S("Zwei der acht Sandsteinpfeiler weisen Risse auf, der größte davon ist 1,20 Meter lang."),
     S("„Wir haben uns das sehr genau angesehen und sind zu dem Schluss gekommen, dass wir dort momentan keinen Zug drüberschicken wollen“, sagte Dr. Matthias Oberländer, der die Brückenprüfung bei DB InfraGO leitet, auf der Pressekonferenz."),
     S("Akut einsturzgefährdet sei das 1911 erbaute Viadukt aber nicht, betonte er."),
     S("Die Brücke hat eine Länge von 240 Metern und ist an der höchsten Stelle 31 Meter hoch.")],
    [S("Bahnsprecherin Katrin Vollmer nannte als Ziel, den Betrieb am 30. April wieder aufzunehmen."),
     S("„Das ist für die Leute hier hart, das ist uns völlig klar“, sagte sie."),
     S("38 Busse sollen den Zugverkehr ersetzen, Reisende brauchen damit maximal eine Dreiviertelstunde länger als bisher."),
     S("Nach Bahnangaben nutzen an normalen Werktagen etwa 14.000 Menschen die Linie, außerdem fahren täglich rund 60 Güterzüge über das Viadukt."),
     S("Für die Reparatur rechnet das Unternehmen vorerst mit 3,5 Millionen Euro.")],
    [S("Die Vorsitzende der Fahrgastinitiative Nordhessen, Heike Brandstätter, reagierte im Gespräch mit Radio Nordhessen Eins verärgert: „Das kommt nicht überraschend, wir haben die Bahn oft genug auf diese Brücken hingewiesen.“"),
     S("Sie will, dass Pendler mit Monatskarte einen Teil ihres Geldes zurückbekommen.")],
    [B("Wir berichten im Laufe des Tages weiter.", "footer")],
]

# ---------------------------------------------------------------- hard negative 2 (on-site report, dpa photo credit only)
HN2_TITLE = "Ortsbesuch am Grebenbach-Viadukt: „Man sieht die Risse mit bloßem Auge“"
hn2_paras = [
    [B(HN2_TITLE, "headline")],
    [B("Von Mareike Sonntag", "byline")],
    [B("Foto: dpa", "photo_credit")],
    [S("Wer am Dienstagnachmittag unter dem Grebenbach-Viadukt steht, braucht kein Fachwissen, um die Schäden zu erkennen."),
     S("An Pfeiler Nr. 3 und Nr. 5, von Kassel aus gezählt, ziehen sich dunkle Linien durch den roten Sandstein, die längste misst nach Bahnangaben 1,20 Meter."),
     S("„Man sieht die Risse mit bloßem Auge“, sagt Gerhard Pohl, der seit 40 Jahren in Sichtweite der Brücke wohnt.")],
    [S("Entdeckt hatten Prüfer der DB InfraGO die Schäden am 6. März."),
     S("Ab Mittwoch rollt auf der Linie Kassel–Hann. Münden deshalb kein einziger Zug mehr, nach dem Plan der Bahn bis einschließlich 30. April."),
     S("Dr. Matthias Oberländer, der oberste Brückenprüfer der Infrastrukturtochter, erklärte der Stadtzeitung am Telefon, das Bauwerk sei stabil, „aber Risse in dieser Größe lassen wir nicht unter Last arbeiten, solange wir ihre Ursache nicht kennen“.")],
    [S("Das 1911 eingeweihte Viadukt überspannt das Tal 240 Meter weit und 31 Meter hoch."),
     S("Für die Sanierung kalkuliert die Bahn mit 3,5 Millionen Euro."),
     S("Rund 14.000 Pendler und 60 Güterzüge pro Tag sind von der Sperrung betroffen.")],
    [S("Bahnsprecherin Katrin Vollmer bat um Geduld: „Wir tun alles, damit die Busse so zuverlässig wie möglich fahren.“"),
     S("38 Busse sind im Einsatz, die Fahrt dauert bis zu 45 Minuten länger als mit dem Zug.")],
    [S("Heike Brandstätter, die die Fahrgastinitiative Nordhessen führt, nennt die Sperrung „das Ergebnis jahrzehntelanger Vernachlässigung“."),
     S("Anwohner Pohl erinnert sich, dass an der Brücke zuletzt vor mehr als zehn Jahren größere Arbeiten zu sehen waren.")],
]

# ---------------------------------------------------------------- hard negative 3 (Südniedersachsen, next morning)
HN3_TITLE = "Fahrgastinitiative wirft Bahn Versäumnisse vor"
hn3_paras = [
    [B(HN3_TITLE, "headline")],
    [S("Nach der Sperrung der Bahnlinie Kassel–Hann. Münden wächst der Unmut unter Pendlern in Südniedersachsen."),
     S("„Wir haben seit mindestens fünf Jahren schriftlich auf den Zustand der Viadukte hingewiesen, eine Antwort haben wir nie bekommen“, sagte die Chefin der Fahrgastinitiative Nordhessen, Heike Brandstätter, am Mittwoch im Gespräch mit unserer Redaktion.")],
    [S("Seit Mittwochmorgen fahren statt der Regionalzüge 38 Busse, die Fahrt nach Kassel dauert bis zu 45 Minuten länger."),
     S("Betroffen sind nach Bahnangaben etwa 14.000 Menschen am Tag."),
     S("Auslöser waren Risse an zwei Pfeilern des Grebenbach-Viadukts bei Fuldatal, die Prüfer am 6. März gefunden hatten – der längste ist 1,20 Meter lang."),
     S("Die Sandsteinbrücke wurde 1911 gebaut.")],
    [S("Brandstätter fordert, dass die Bahn Abo-Kunden einen Teil der Kosten erstattet: „Wer für eine Leistung bezahlt, die er nicht bekommt, muss Geld zurückbekommen.“"),
     S("Die Bahn prüft das nach Auskunft von Sprecherin Katrin Vollmer noch."),
     S("„Wir verstehen den Frust, und wir nehmen die Kritik ernst“, sagte Vollmer.")],
    [S("Bis zum 30. April soll die Brücke repariert sein, veranschlagt sind 3,5 Millionen Euro."),
     S("InfraGO-Brückenexperte Dr. Matthias Oberländer hatte am Dienstag erklärt, für eine Einsturzgefahr gebe es keine Anzeichen."),
     S("Am 17. März beraten Land Hessen und Bahn über die Lage; Niedersachsen will nach Angaben des Landkreises Göttingen ebenfalls eingebunden werden.")],
]

# ---------------------------------------------------------------- hard negative 4 (rail trade service, freight angle)
HN4_TITLE = "Grebenbach-Viadukt: Güterverkehr weicht über Bebra aus"
hn4_paras = [
    [B(HN4_TITLE, "headline")],
    [S("Die Sperrung des Grebenbach-Viadukts bei Fuldatal (Landkreis Kassel) trifft neben dem Nahverkehr auch den Schienengüterverkehr."),
     S("Rund 60 Güterzüge täglich, die bislang die Strecke Kassel–Hann. Münden nutzten, schickt DB InfraGO ab Mittwoch über Bebra und Eichenberg."),
     S("Nach Angaben aus Branchenkreisen bedeutet das für einzelne Verkehre Umwege von bis zu 70 Kilometern.")],
    [S("Bei der Hauptprüfung am 6. März hatten die Prüfer an zwei Pfeilern des 240 Meter langen Bauwerks – es hat insgesamt acht – Risse festgestellt, deren größter 1,20 Meter erreicht."),
     S("Das Viadukt besteht aus Sandstein, erreicht eine Höhe von 31 Metern und wurde 1911 in Betrieb genommen."),
     S("„Bei Mauerwerksbrücken dieses Alters schauen wir uns jeden Riss an, aber hier war die Lage am Pfeilerfuß so, dass wir keine Belastung mehr zulassen“, sagte Dr. Matthias Oberländer, der in der Frankfurter Zentrale von DB InfraGO die Brückeninspektion verantwortet."),
     S("Eine Einsturzgefahr bestehe nicht.")],
    [S("Die Kosten der Instandsetzung liegen nach einer ersten Kalkulation bei 3,5 Millionen Euro; die Wiederinbetriebnahme plant die Bahn für den 30. April."),
     S("Im Personenverkehr ersetzen 38 Busse die Züge, für rund 14.000 tägliche Fahrgäste dauert die Reise dadurch teils 45 Minuten länger."),
     S("Bahnsprecherin Katrin Vollmer sagte dem Fachdienst, man wolle die Einschränkungen „so kurz wie irgend möglich“ halten.")],
    [S("Die Fahrgastinitiative Nordhessen um Heike Brandstätter kritisiert seit Längerem den Erhaltungsrückstand an den Kunstbauten der Strecke; in einer Stellungnahme sprach sie am Dienstag von „absehbaren Folgen“."),
     S("Gespräche zwischen Bahn und hessischem Verkehrsministerium sind für den 17. März angesetzt.")],
]

# ---------------------------------------------------------------- easy negative
EN_TITLE = "Göttinger Museum zeigt Sammlung historischer Globen"
en_paras = [
    [B(EN_TITLE, "headline")],
    [S("Mit rund 120 Erd- und Himmelsgloben aus vier Jahrhunderten eröffnet das Städtische Museum Göttingen am Samstag, 15. März, eine neue Sonderausstellung."),
     S("Die ältesten Stücke stammen aus dem 17. Jahrhundert, das jüngste ist ein Leuchtglobus aus den 1960er Jahren.")],
    [S("„Globen zeigen nicht nur, wie die Welt aussah, sondern auch, wie die Menschen sie sehen wollten“, sagt Kuratorin Dr. Annette Feldhaus."),
     S("So seien auf manchen Exemplaren Inseln eingezeichnet, die es nie gegeben habe."),
     S("Ein Großteil der Objekte stammt aus dem Nachlass eines Göttinger Kartografen, der seine Sammlung 2019 der Stadt vermacht hatte.")],
    [S("Die Ausstellung ist bis zum 31. August dienstags bis sonntags von 10 bis 17 Uhr geöffnet."),
     S("Der Eintritt kostet 6 Euro, ermäßigt 3,50 Euro; Kinder unter 14 Jahren haben freien Zutritt.")],
]

# ---------------------------------------------------------------- document table
# (id, key, kind, language, outlet, domain/path, published, parent key, credit_text, paras)
DOCS = [
    ("bahn_de_d05", "wire", "wire", "de", "dpa", "https://www.dpa-regio.example/hessen/2025-03-11/risse-viadukt-bahn-sperrt-strecke-kassel-hann-muenden",
     "2025-03-11T13:07:00+01:00", None, "(dpa)", wire_paras),
    ("bahn_de_d10", "verbatim", "verbatim", "de", "Reinhardswald-Bote", "https://www.reinhardswald-bote.example/region/risse-im-viadukt-bahn-sperrt-strecke",
     "2025-03-11", "wire", None, verbatim_paras),
    ("bahn_de_d14", "light1", "light", "de", "Kasseler Morgenblatt", "https://www.kasseler-morgenblatt.example/kassel/verkehr/bahn-sperrt-strecke-kassel-hann-muenden-risse-viadukt",
     "2025-03-11T13:52:00+01:00", "wire", "Mit Material von dpa", light1_paras),
    ("bahn_de_d03", "light2", "light", "de", "Göttinger Tagespost", "https://www.goettinger-tagespost.example/lokales/hann-muenden/wochenlange-sperrung-viadukt",
     "2025-03-11T14:26:00+01:00", "wire", None, light2_paras),
    ("bahn_de_d11", "heavy1", "heavy", "de", "Hessen Kompakt", "https://www.hessen-kompakt.example/nordhessen/marode-sandsteinpfeiler-pendler-bus",
     "2025-03-11T14:48:00+01:00", "wire", None, heavy1_paras),
    ("bahn_de_d08", "drift", "drift", "de", "Werra-Echo", "https://www.werra-echo.example/nachrichten/bahnbruecke-fuldatal-beschaedigt",
     "2025-03-11T15:05:00+01:00", "wire", "Quelle: dpa", drift_paras),
    ("bahn_de_d01", "heavy2", "heavy", "de", "Frankfurter Abendbote", "https://www.abendbote.example/hessen/sanierungsfall-grebenbach-viadukt-notbremse",
     "2025-03-11T17:36:00+01:00", "wire", "wie die Deutsche Presse-Agentur berichtete", heavy2_paras),
    ("bahn_de_d12", "translation", "translation", "en", "German Rail Watch", "https://www.germanrailwatch.example/2025/03/11/cracked-viaduct-kassel-closure",
     "2025-03-11T18:40:00+01:00", "wire", "With material from dpa", tr_paras),
    ("bahn_de_d16", "heavy3", "heavy", "de", "Weser-Leine-Zeitung", "https://www.wlz-online.example/region/busse-statt-bahn-was-pendler-wissen-muessen",
     "2025-03-12T06:20:00+01:00", "wire", None, heavy3_paras),
    ("bahn_de_d07", "second_gen", "second_generation", "de", "Fuldatal Aktuell", "https://www.fuldatal-aktuell.example/news/marode-pfeiler-pendler-bus",
     "2025-03-12T09:45:00+01:00", "heavy1", None, sg_paras),
    ("bahn_de_d04", "partial1", "partial", "de", "Schiene & Bau Magazin", "https://www.schiene-bau.example/infrastruktur/alte-bruecken-neue-sorgen",
     "2025-03-13T10:15:00+01:00", "wire", None, p1_paras),
    ("bahn_de_d15", "partial2", "partial", "de", "Wirtschaftsblatt Nordhessen", "https://www.wirtschaftsblatt-nordhessen.example/unternehmen/drei-wochen-schienenersatzverkehr",
     "2025-04-02T08:30:00+02:00", "wire", "Mit Material von dpa", p2_paras),
    ("bahn_de_d09", "hn1", "hard_negative", "de", "Radio Nordhessen Eins", "https://www.radio-nordhessen-eins.example/nachrichten/bahn-sperrt-regionalstrecke-hann-muenden",
     "2025-03-11T11:52:00+01:00", None, None, hn1_paras),
    ("bahn_de_d17", "hn2", "hard_negative", "de", "Kasseler Stadtzeitung", "https://www.kasseler-stadtzeitung.example/lokales/ortsbesuch-grebenbach-viadukt",
     "2025-03-11T16:25:00+01:00", None, None, hn2_paras),
    ("bahn_de_d13", "hn4", "hard_negative", "de", "Bahnwelt Fachdienst", "https://www.bahnwelt-fachdienst.example/gueterverkehr/grebenbach-viadukt-umleitung-bebra",
     "2025-03-11T19:50:00+01:00", None, None, hn4_paras),
    ("bahn_de_d02", "hn3", "hard_negative", "de", "Südniedersachsen Online", "https://www.suedniedersachsen-online.example/hann-muenden/fahrgastinitiative-bahn-versaeumnisse",
     "2025-03-12T07:40:00+01:00", None, None, hn3_paras),
    ("bahn_de_d06", "easy", "easy_negative", "de", "Göttinger Tagespost", "https://www.goettinger-tagespost.example/kultur/museum-historische-globen",
     "2025-03-11T12:10:00+01:00", None, None, en_paras),
]

NOTES = {
    "wire": "dpa source item; 17 body sentences, quotes from Oberländer, Vollmer, Brandstätter",
    "verbatim": "freight paragraph (W13) dropped, dateline removed, „…“ → »…«, date only",
    "light1": "11 of 17 wire sentences, W6 unchanged, W14+W15 merged, 2 own",
    "light2": "11 of 17, W5 unchanged, byline added (claims authorship), 2 own",
    "heavy1": "full paraphrase, 4 own sentences; parent of the second-generation copy",
    "drift": "light rewrite; 30. April→30. Mai, 14.000→16.000, Vollmer→Vollrath",
    "heavy2": "full paraphrase, in-body credit sentence, 4 own",
    "translation": "English adaptation, 1 own sentence",
    "heavy3": "Q&A service piece: 5 own (incl. 4 question subheads)",
    "second_gen": "copies heavy1 (10 verbatim incl. 2 of its own sentences, 6 edited, 1 own)",
    "partial1": "bridge-maintenance feature embedding 4 rewritten wire sentences",
    "partial2": "business follow-up (CEST) embedding 4 rewritten wire sentences",
    "hn1": "independent radio report published BEFORE the wire",
    "hn2": "on-site report; only a dpa PHOTO credit (not a credit)",
    "hn4": "independent trade report, freight angle",
    "hn3": "independent, Brandstätter interview",
    "easy": "unrelated (museum exhibition)",
}


def assemble(paras):
    return "\n\n".join(" ".join(s["text"] for s in p) for p in paras)


def main():
    key2id = {d[1]: d[0] for d in DOCS}
    key2paras = {d[1]: d[9] for d in DOCS}
    # key -> doc key for parent resolution
    keydoc = {}
    for d in DOCS:
        for p in d[9]:
            for s in p:
                if s["k"]:
                    keydoc[s["k"]] = d[1]
    documents, sentences, drift = [], {}, []
    for (did, key, kind, lang, outlet, url, pub, parent, credit, paras) in DOCS:
        text = assemble(paras)
        title = paras[0][0]["text"]
        credited = credit is not None and kind != "wire"
        documents.append({"id": did, "kind": kind, "language": lang, "outlet": outlet,
                          "published": pub, "url": url, "title": title, "text": text,
                          "parent": key2id[parent] if parent else None,
                          "credited": credited, "credit_text": credit if credited else None})
        out = []
        for p in paras:
            for s in p:
                ptexts = []
                for pk in s["parents"]:
                    assert keydoc[pk] == parent, (did, pk, parent)
                    ptexts.append(REG[pk])
                out.append({"text": s["text"], "label": s["label"], "parents": ptexts,
                            "role": s["role"], "drift": s["drift"]})
                if s["drift"]:
                    for dr in s["drift"]:
                        drift.append({"child": did, "parent": key2id[parent],
                                      "parent_text": ptexts[0], "child_text": s["text"],
                                      "field": dr["field"], "from": dr["from"], "to": dr["to"]})
        sentences[did] = out
    documents.sort(key=lambda d: d["id"])
    fam = {"family": "bahn_de", "documents": documents,
           "sentences": {k: sentences[k] for k in sorted(sentences)}, "drift": drift}
    with open("family.json", "w", encoding="utf-8") as f:
        json.dump(fam, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(fam, {d[0]: d[1] for d in DOCS})


def write_readme(fam, id2key):
    rows = []
    for d in sorted(fam["documents"], key=lambda d: d["published"] if "T" in d["published"] else d["published"] + "T23:59"):
        ss = fam["sentences"][d["id"]]
        c = {l: sum(1 for s in ss if s["label"] == l) for l in ("verbatim", "rewritten", "original", "boilerplate")}
        rows.append(f"| {d['id']} | {d['kind']} | {d['outlet']} | {d['published']} | {d['parent'] or '–'} | "
                    f"{d['credit_text'] if d['credited'] else 'no'} | {len(ss)} | "
                    f"{c['verbatim']}/{c['rewritten']}/{c['original']}/{c['boilerplate']} | {NOTES[id2key[d['id']]]} |")
    readme = f"""# bahn_de – Risse im Grebenbach-Viadukt (German wire-reuse family)

Invented event: on Tuesday, 11 March 2025, Deutsche Bahn announces that the regional line
Kassel–Hann. Münden will be closed from Wednesday, 12 March, probably until 30 April, because
inspectors found cracks up to 1,20 m long in two of the eight sandstone piers of the (invented)
Grebenbach-Viadukt near Fuldatal (built 1911, 240 m long, 31 m high) on 6 March. About 14.000
commuters and 60 freight trains a day are affected; 38 replacement buses, up to 45 minutes extra,
freight diverted via Bebra and Eichenberg; repair estimated at 3,5 Millionen Euro; the Hessian
transport ministry meets the railway on 17 March.

Invented people: Dr. Matthias Oberländer (head of bridge inspection, DB InfraGO), Katrin Vollmer
(rail spokeswoman), Heike Brandstätter (chair, Fahrgastinitiative Nordhessen); minor: Gerhard Pohl,
Prof. Jörg Wendelin, Sabine Okonkwo, Dr. Annette Feldhaus. All outlets and URLs (`.example`) are
invented; Deutsche Bahn, DB InfraGO, dpa, the ministry and the IHK appear only as generic actors.

The source is the dpa item (`wire`, 13:07 CET). A local radio station reported the press conference
at 11:52, before the wire (hard negative). Files: `build.py` (all texts and labels) writes
`family.json` and this README; `check.py` (stdlib only) validates it.

Sentence counts: total / verbatim/rewritten/original/boilerplate.

| id | kind | outlet | published | parent | credit | sentences | v/r/o/b | notes |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Notes
- Credits: „Mit Material von dpa“, „Quelle: dpa“, an in-body „wie die Deutsche Presse-Agentur
  berichtete“ and an English „With material from dpa“ count as credits; `Foto: dpa` on d17 does not.
- The drift copy (d08) changes exactly three facts, listed in the top-level `drift` array.
- Heavy copies and hard negatives share no run of 5 words (lower-cased, punctuation stripped) with the
  wire; hard negatives also share none with any derived copy (checked by `check.py`).
- The second-generation copy (d07) derives from heavy1 (d11); its parents are d11 sentences, so it
  carries d11's own sentences (e.g. the moss/sandstone description, the social-media complaints).
- Headlines, bylines, datelines, credits, photo credits and footers are `boilerplate` with a `role`.
"""
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(readme)


if __name__ == "__main__":
    main()
