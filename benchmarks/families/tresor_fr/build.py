#!/usr/bin/env python3
"""Build the gold-labelled reuse family `tresor_fr` (French wire story, AFP).

Invented event: in the night of Monday 9 to Tuesday 10 March 2026, two burglars steal the
"trésor de la Combe" (212 Roman gold coins) and a silver kantharos from the (invented) musée
archéologique de Saint-Aurèle (Rhône). All people, outlets and the town are invented.
Writes family.json and README.md next to this script.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"    # espace insécable
NNB = "\u202f"   # espace fine insécable
FAM = "tresor_fr"


def fr(s):
    """French typography: non-breaking spaces in guillemets, before : ; ? !, in numbers and hours."""
    s = s.replace("« ", "«" + NB).replace(" »", NB + "»")
    s = re.sub(r" :", NB + ":", s)
    s = re.sub(r" ([;?!])", NNB + r"\1", s)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d) (\d{3})\b", r"\1" + NNB + r"\2", s)
    s = re.sub(r"(\d) h (\d)", r"\1" + NB + "h" + NB + r"\2", s)
    s = re.sub(r"\b(M\.|Mme) ", r"\1" + NB, s)
    s = s.replace("av. J.-C.", "av." + NB + "J.-C.")
    return s


def retypo(s):
    """Typography of the verbatim copy: curly quotes, curly apostrophe, plain spaces."""
    s = s.replace("«" + NB, "“").replace(NB + "»", "”")
    s = s.replace("'", "’")
    s = s.replace(NB, " ").replace(NNB, " ")
    return s


def E(text, label, parents=(), role=None, drift=None):
    return {"text": text, "label": label, "parents": list(parents), "role": role,
            "drift": list(drift or [])}


# French helpers (apply typography)
def B(t, role, *parents):
    return E(fr(t), "boilerplate", parents, role)


def O(t):
    return E(fr(t), "original")


def R(t, *parents, drift=None):
    return E(fr(t), "rewritten", parents, drift=drift)


def V(t):
    """Verbatim: the parent text itself (already typographed)."""
    return E(t, "verbatim", [t])


# Non-French helpers (no French typography)
def Bx(t, role):
    return E(t, "boilerplate", (), role)


def Rx(t, *parents):
    return E(t, "rewritten", parents)


def Ox(t):
    return E(t, "original")


# ---------------------------------------------------------------- wire (AFP)
W = {k: fr(v) for k, v in {
    "wh": "Rhône : 212 pièces d'or romaines et une coupe antique volées dans un musée en moins de sept minutes",
    "w1": "Deux cambrioleurs ont dérobé dans la nuit de lundi à mardi 212 pièces d'or romaines et une coupe en argent au musée archéologique de Saint-Aurèle (Rhône), à une trentaine de kilomètres au sud de Lyon, a-t-on appris mardi auprès du parquet.",
    "w2": "Le préjudice est estimé à 1,8 million d'euros, selon une première évaluation des assureurs du musée.",
    "w3": "Les malfaiteurs, cagoulés et vêtus de noir, ont forcé une fenêtre de la façade arrière à l'aide d'une disqueuse vers 3 h 40, a précisé le procureur de la République de Lyon, Julien Ferrand.",
    "w4": "L'alarme s'est déclenchée à 3 h 42, mais les gendarmes, arrivés sur place treize minutes plus tard, n'ont pu que constater le vol.",
    "w5": "« Les auteurs savaient précisément ce qu'ils venaient chercher et ils connaissaient les lieux », a déclaré M. Ferrand lors d'un point presse.",
    "w6": "Selon lui, l'opération a duré « moins de sept minutes » et les deux hommes ont pris la fuite à bord d'un véhicule sombre, filmé par une caméra de la commune.",
    "w7": "Les pièces volées composaient le « trésor de la Combe », découvert en 1987 par un agriculteur lors d'un labour, et datent pour la plupart du règne d'Auguste.",
    "w8": "La coupe, un canthare en argent ciselé du Ier siècle av. J.-C., était la pièce maîtresse des collections.",
    "w9": "« C'est une part de la mémoire de notre territoire qui a disparu cette nuit », a réagi la directrice du musée, Claire Dumoulin, la voix nouée.",
    "w10": "Elle redoute que les pièces, qui représentent près de 1,5 kilo d'or, ne soient fondues pour être revendues au poids du métal.",
    "w11": "Une enquête pour « vol en bande organisée » a été ouverte et confiée à la section de recherches de la gendarmerie de Lyon, avec l'appui de l'Office central de lutte contre le trafic des biens culturels (OCBC).",
    "w12": "Le musée, qui a accueilli 38 000 visiteurs en 2025, restera fermé jusqu'à nouvel ordre.",
    "w13": "Le maire de Saint-Aurèle, Patrick Roussel (divers droite), a pointé la fragilité du dispositif de sécurité, dont la modernisation était prévue pour l'automne.",
    "w14": "« Nous avions alerté à plusieurs reprises sur la vétusté des équipements, et les crédits venaient tout juste d'être votés », a-t-il affirmé.",
    "w15": "Le conseil municipal avait adopté en décembre une enveloppe de 450 000 euros pour remplacer les caméras et renforcer les accès.",
    "w16": "Le ministère de la Culture a fait savoir qu'il suivait l'affaire « avec la plus grande attention ».",
}.items()}

# the wire's own sentences are "original"
wire = [
    [E(W["wh"], "boilerplate", role="headline")],
    [B("Lyon (AFP) -", "dateline"), E(W["w1"], "original"), E(W["w2"], "original")],
    [E(W[k], "original") for k in ("w3", "w4", "w5", "w6")],
    [E(W[k], "original") for k in ("w7", "w8", "w9", "w10")],
    [E(W[k], "original") for k in ("w11", "w12")],
    [E(W[k], "original") for k in ("w13", "w14", "w15", "w16")],
]

# ---------------------------------------------------------------- verbatim copy (paragraph w11-w12 dropped)
def Vt(k):
    return E(retypo(W[k]), "verbatim", [W[k]])


verbatim = [
    [E(retypo(W["wh"]), "boilerplate", [W["wh"]], role="headline")],
    [Vt("w1"), Vt("w2")],
    [Vt(k) for k in ("w3", "w4", "w5", "w6")],
    [Vt(k) for k in ("w7", "w8", "w9", "w10")],
    [Vt(k) for k in ("w13", "w14", "w15", "w16")],
]

# ---------------------------------------------------------------- light 1 (Avec AFP)
light1 = [
    [B("Saint-Aurèle : le trésor romain du musée archéologique dérobé dans la nuit", "headline")],
    [B("Par la rédaction", "byline")],
    [R("Deux cambrioleurs ont volé dans la nuit de lundi à mardi 212 pièces d'or romaines et une coupe en argent au musée archéologique de Saint-Aurèle, à une trentaine de kilomètres au sud de Lyon, a-t-on appris auprès du parquet.", W["w1"]),
     R("Le préjudice est évalué à 1,8 million d'euros, selon une première estimation des assureurs.", W["w2"]),
     O("Au petit matin, un ruban de gendarmerie barrait encore l'entrée du bâtiment, place de l'Église, sous le regard d'habitants incrédules.")],
    [R("Les malfaiteurs, cagoulés, ont forcé une fenêtre de la façade arrière avec une disqueuse vers 3 h 40, a précisé le procureur de la République de Lyon, Julien Ferrand.", W["w3"]),
     R("L'alarme a retenti à 3 h 42, mais les gendarmes, arrivés treize minutes plus tard, n'ont pu que constater le vol.", W["w4"]),
     V(W["w5"])],
    [R("Les pièces dérobées formaient le « trésor de la Combe », découvert en 1987 par un agriculteur, et datent pour la plupart du règne d'Auguste.", W["w7"]),
     R("La coupe, un canthare en argent ciselé du Ier siècle av. J.-C., constituait la pièce maîtresse du musée.", W["w8"]),
     R("« C'est une part de la mémoire de notre territoire qui a disparu cette nuit », a réagi la directrice de l'établissement, Claire Dumoulin.", W["w9"])],
    [R("Une enquête pour « vol en bande organisée » a été ouverte et confiée à la section de recherches de la gendarmerie, appuyée par l'Office central de lutte contre le trafic des biens culturels (OCBC).", W["w11"]),
     R("Le maire, Patrick Roussel (divers droite), a pointé la fragilité du dispositif de sécurité, dont la modernisation était programmée pour l'automne.", W["w13"]),
     O("Le musée avait consacré l'an dernier une exposition remarquée à l'orfèvrerie gallo-romaine, qui avait attiré des visiteurs de toute la région.")],
    [B("Avec AFP", "credit")],
]

# ---------------------------------------------------------------- light 2 (no credit)
light2 = [
    [B("Vol spectaculaire au musée de Saint-Aurèle : 1,8 million d'euros de pièces d'or envolées", "headline")],
    [R("Deux malfaiteurs ont dérobé dans la nuit de lundi à mardi 212 pièces d'or romaines et une coupe en argent au musée archéologique de Saint-Aurèle, à une trentaine de kilomètres au sud de Lyon.", W["w1"]),
     R("Le préjudice est estimé à 1,8 million d'euros, d'après une première évaluation des assureurs.", W["w2"]),
     O("Un tel montant place ce vol parmi les plus importants commis dans un musée de la région depuis une dizaine d'années.")],
    [R("Selon le parquet de Lyon, l'opération a duré « moins de sept minutes » et les deux hommes se sont enfuis à bord d'un véhicule sombre, filmé par une caméra municipale.", W["w6"]),
     R("L'alarme s'est déclenchée à 3 h 42, mais les gendarmes, arrivés treize minutes plus tard, n'ont pu que constater les dégâts.", W["w4"])],
    [R("Les pièces volées composaient le « trésor de la Combe », mis au jour en 1987 par un agriculteur lors d'un labour, et datent pour la plupart du règne d'Auguste.", W["w7"]),
     R("« C'est une part de la mémoire de notre territoire qui a disparu cette nuit », a réagi Claire Dumoulin, la directrice du musée.", W["w9"]),
     R("Elle craint que les pièces, qui représentent près de 1,5 kilo d'or, ne soient fondues pour être revendues au poids du métal.", W["w10"])],
    [V(W["w12"]),
     R("Le maire de Saint-Aurèle, Patrick Roussel, a dénoncé la fragilité du dispositif de sécurité, dont la modernisation était prévue pour l'automne.", W["w13"]),
     R("« Nous avions alerté à plusieurs reprises sur la vétusté des équipements », a-t-il affirmé.", W["w14"])],
    [O("Les habitants sont invités à transmettre aux gendarmes tout élément qui pourrait faire avancer l'enquête.")],
]

# ---------------------------------------------------------------- heavy 1 (no credit) -- parent of the second-generation copy
H1 = {k: fr(v) for k, v in {
    "hh": "Musée de Saint-Aurèle : le casse éclair qui prive le Rhône de son or antique",
    "h1": "Il n'aura fallu qu'une poignée de minutes pour vider les vitrines les plus précieuses d'un petit musée de campagne.",
    "h2": "À Saint-Aurèle, commune rhodanienne située à environ 30 km de Lyon, deux individus se sont introduits mardi avant l'aube dans le musée archéologique et en sont repartis avec 212 monnaies en or de l'époque romaine ainsi qu'un vase à boire en argent.",
    "h2b": "Les assureurs chiffrent provisoirement la perte à 1 800 000 euros.",
    "h3": "D'après Julien Ferrand, qui dirige le parquet lyonnais, les voleurs ont attaqué à la disqueuse une fenêtre située à l'arrière du bâtiment.",
    "h4": "Il était alors environ 3 h 40, et les deux hommes portaient des cagoules et des vêtements sombres.",
    "h5": "Le système d'alarme a bien sonné deux minutes après l'effraction.",
    "h6": "Mais quand les militaires se sont présentés, treize minutes après ce signal, la voiture foncée des fuyards, captée par la vidéosurveillance municipale, avait déjà quitté les lieux.",
    "h7": "Pour le magistrat, les malfaiteurs connaissaient parfaitement le bâtiment et avaient une idée très claire de leur butin.",
    "h8": "Moins de sept minutes ont suffi à toute l'opération, estime-t-il.",
    "h9": "Le musée, installé depuis 1994 dans l'ancienne maison du notaire, ne disposait pas de gardien la nuit.",
    "h10": "Le butin correspond au « trésor de la Combe » dans son intégralité, un ensemble de monnaies frappées surtout sous Auguste qu'un cultivateur avait exhumé en 1987 en labourant son champ, auquel s'ajoute un canthare d'argent ciselé datant du Ier siècle avant notre ère, fleuron de l'établissement.",
    "h11": "Très émue, sa directrice, Claire Dumoulin, y voit la perte d'un pan entier de la mémoire locale.",
    "h12": "Elle craint surtout que ce kilo et demi de métal précieux finisse au creuset, revendu au cours de l'or.",
    "h13": "Saisis de faits de vol commis en bande organisée, les gendarmes enquêteurs de la section de recherches, à Lyon, travaillent main dans la main avec l'OCBC, l'office spécialisé dans les trafics de biens culturels.",
    "h14": "Les collectionneurs peu scrupuleux et les filières de recel d'Europe de l'Est sont dans le viseur des enquêteurs, selon une source proche du dossier.",
    "h15": "Patrick Roussel, maire (divers droite) de la commune, ne décolère pas : selon lui, l'usure du matériel de surveillance avait été signalée maintes fois.",
    "h16": "Une rallonge de 450 000 euros, votée en décembre par les élus municipaux, devait justement financer de nouvelles caméras et des accès sécurisés à l'automne.",
    "h17": "En attendant, l'établissement, qui avait reçu 38 000 personnes l'an passé, garde portes closes sans date de réouverture.",
    "h18": "Une cellule d'écoute a été proposée aux cinq salariés du musée, très choqués.",
    "h19": "La Combe, lieu-dit où fut trouvé le trésor, est aujourd'hui un lotissement.",
}.items()}


def HR(k, *parents):
    return E(H1[k], "rewritten", parents)


def HO(k):
    return E(H1[k], "original")


heavy1 = [
    [E(H1["hh"], "boilerplate", role="headline")],
    [B("Par Sandrine Vial", "byline")],
    [HO("h1"), HR("h2", W["w1"]), HR("h2b", W["w2"])],
    [HR("h3", W["w3"]), HR("h4", W["w3"]), HR("h5", W["w4"]), HR("h6", W["w4"], W["w6"])],
    [HR("h7", W["w5"]), HR("h8", W["w6"]), HO("h9")],
    [HR("h10", W["w7"], W["w8"]), HR("h11", W["w9"]), HR("h12", W["w10"])],
    [HR("h13", W["w11"]), HO("h14")],
    [HR("h15", W["w13"], W["w14"]), HR("h16", W["w15"], W["w13"]), HR("h17", W["w12"])],
    [HO("h18"), HO("h19")],
]

# ---------------------------------------------------------------- heavy 2 (Source : AFP)
heavy2 = [
    [B("Vol au musée de Saint-Aurèle : le maire avait tiré la sonnette d'alarme", "headline")],
    [R("Le matériel de vidéosurveillance était à bout de souffle, et Patrick Roussel l'avait dit et répété.", W["w13"], W["w14"]),
     R("En décembre, le maire divers droite de Saint-Aurèle avait fait voter 450 000 euros pour équiper le musée archéologique de caméras neuves et de portes renforcées, des travaux programmés pour l'automne 2026.", W["w15"], W["w13"]),
     R("Trop tard : dans la nuit du 9 au 10 mars, deux cambrioleurs y ont fait main basse sur 212 monnaies romaines en or et sur une coupe d'argent.", W["w1"]),
     R("Le préjudice avoisinerait 1 800 000 euros, d'après les assureurs.", W["w2"])],
    [O("La commune, 4 300 habitants, vit en partie du tourisme culturel.")],
    [R("Munis d'une disqueuse, le visage dissimulé sous une cagoule, les deux hommes ont découpé vers 3 h 40 une fenêtre donnant sur l'arrière de l'édifice, selon les informations livrées par le procureur lyonnais Julien Ferrand.", W["w3"]),
     R("Le magistrat est convaincu que les voleurs avaient repéré les lieux et ciblé leur butin à l'avance.", W["w5"]),
     R("Il leur a fallu moins de sept minutes.", W["w6"]),
     R("L'alarme, qui a sonné à 3 h 42, a fait venir les gendarmes treize minutes après, mais la voiture sombre des fugitifs, qu'a enregistrée une caméra communale, était déjà loin.", W["w4"], W["w6"])],
    [R("Ce « trésor de la Combe », mis au jour en 1987 par un exploitant agricole qui retournait sa terre, réunissait des pièces émises pour l'essentiel sous l'empereur Auguste.", W["w7"]),
     R("Quant au canthare ciselé, façonné en argent au Ier siècle avant notre ère, il faisait la fierté du musée.", W["w8"]),
     R("Sa directrice, Claire Dumoulin, parle d'un morceau de mémoire collective envolé et redoute que ce 1,5 kg d'or soit fondu puis écoulé au prix du métal.", W["w9"], W["w10"]),
     O("Les vitrines brisées ont été placées sous scellés mardi matin.")],
    [R("Les gendarmes de la section de recherches et les spécialistes de l'OCBC se partagent les investigations, ouvertes du chef de vol en bande organisée.", W["w11"]),
     R("Fréquenté l'an dernier par 38 000 personnes, le site restera fermé tant que les enquêteurs n'auront pas terminé.", W["w12"]),
     R("Rue de Valois, on assure suivre le dossier de très près.", W["w16"])],
    [O("Une réunion publique est prévue jeudi soir à la salle des fêtes."),
     O("Les élus d'opposition réclament, eux, un audit de la sécurité de l'ensemble des bâtiments communaux.")],
    [B("Source : AFP", "credit")],
]

# ---------------------------------------------------------------- heavy 3 (no credit)
heavy3 = [
    [B("Vol du trésor de la Combe : coup dur pour l'archéologie rhodanienne", "headline")],
    [B("Par Vincent Arnaud", "byline")],
    [O("C'était l'un des ensembles monétaires les plus complets jamais découverts dans la vallée du Rhône."),
     R("Exhumées en 1987 par un paysan qui labourait sa parcelle, les 212 pièces en or du « trésor de la Combe », frappées en majorité à l'époque d'Auguste, ont disparu pendant la nuit du 9 au 10 mars du musée de Saint-Aurèle.", W["w7"], W["w1"]),
     R("Les voleurs ont également emporté l'objet phare des collections, une coupe à deux anses en argent travaillé, datée du Ier siècle avant Jésus-Christ.", W["w8"], W["w1"]),
     R("Les assureurs avancent une valeur provisoire de 1 800 000 euros, un montant qui ne dit rien de la portée scientifique de la perte.", W["w2"])],
    [R("Le procureur de Lyon, Julien Ferrand, a décrit un mode opératoire rodé : une fenêtre arrière sciée à la disqueuse aux alentours de 3 h 40, une alarme qui se déclenche deux minutes après, des gendarmes présents treize minutes plus loin.", W["w3"], W["w4"]),
     R("Les deux malfaiteurs, cagoulés, savaient selon lui exactement où frapper, et sont repartis dans une voiture de couleur foncée après moins de sept minutes passées à l'intérieur.", W["w5"], W["w6"], W["w3"]),
     O("Ce type de vol ciblé, sur commande, s'est multiplié ces dernières années dans les petites structures muséales, souvent moins protégées que les grands établissements.")],
    [R("Le risque principal, redouté par la directrice Claire Dumoulin, est la fonte de ce kilo et demi d'or, qui ferait disparaître à jamais les monnaies.", W["w10"]),
     R("Elle évoque un pan de la mémoire du territoire arraché en une nuit.", W["w9"]),
     O("Une fois fondues, des monnaies comme celles-ci ne valent plus que leur poids de métal, soit une fraction de leur valeur sur le marché des antiquités, explique un numismate lyonnais.")],
    [R("Confiée aux gendarmes de Lyon, épaulés par l'office spécialisé dans les trafics de biens culturels, l'enquête vise des faits de vol en bande organisée.", W["w11"]),
     R("À Saint-Aurèle, le maire Patrick Roussel rappelle que la commune avait débloqué en décembre 450 000 euros pour moderniser la sécurité du musée, chantier qui devait démarrer à l'automne.", W["w13"], W["w15"]),
     R("Il affirme avoir signalé plus d'une fois l'usure des installations.", W["w14"]),
     R("Au ministère de la Culture, on dit suivre le dossier de près, tandis que le musée, qui avait attiré 38 000 curieux l'an dernier, reste fermé.", W["w16"], W["w12"])],
    [O("Une copie en résine du canthare, réalisée en 2019 pour une exposition itinérante, pourrait être présentée à la réouverture.")],
]

# ---------------------------------------------------------------- drift (in-body credit "a indiqué l'AFP")
D1 = fr("Deux cambrioleurs ont dérobé dans la nuit de lundi à mardi 221 pièces d'or romaines et une coupe en argent au musée archéologique de Saint-Aurèle (Rhône), au sud de Lyon, a indiqué l'AFP.")
D3 = fr("Les malfaiteurs, cagoulés et vêtus de noir, ont forcé une fenêtre de la façade arrière avec une disqueuse vers 2 h 40, selon le procureur de la République de Lyon, Julien Ferrand.")
D10 = fr("Le maire de Saint-Aurèle, Pascal Roussel (divers droite), a pointé la fragilité du dispositif de sécurité, dont la modernisation était prévue pour l'automne.")
DRIFTS = [
    (W["w1"], D1, "number", "212", "221"),
    (W["w3"], D3, "time", fr("3 h 40"), fr("2 h 40")),
    (W["w13"], D10, "name", "Patrick Roussel", "Pascal Roussel"),
]


def Dr(text, parent, field, frm, to):
    return E(text, "rewritten", [parent], drift=[{"field": field, "from": frm, "to": to}])


drift = [
    [B("Saint-Aurèle : le trésor romain du musée archéologique volé en pleine nuit", "headline")],
    [Dr(D1, W["w1"], "number", "212", "221"),
     R("Le préjudice est estimé à 1,8 million d'euros selon les assureurs du musée.", W["w2"])],
    [Dr(D3, W["w3"], "time", fr("3 h 40"), fr("2 h 40")),
     R("« Les auteurs savaient précisément ce qu'ils venaient chercher et ils connaissaient les lieux », a déclaré M. Ferrand.", W["w5"]),
     R("L'opération a duré « moins de sept minutes » et les deux hommes se sont enfuis à bord d'un véhicule sombre, filmé par une caméra de la commune.", W["w6"])],
    [R("Les pièces volées formaient le « trésor de la Combe », découvert en 1987 par un agriculteur, et datent pour la plupart du règne d'Auguste.", W["w7"]),
     R("« C'est une part de la mémoire de notre territoire qui a disparu cette nuit », a réagi la directrice du musée, Claire Dumoulin.", W["w9"]),
     R("Elle redoute que les pièces, près de 1,5 kilo d'or, ne soient fondues pour être revendues au poids du métal.", W["w10"])],
    [R("Une enquête pour « vol en bande organisée » a été ouverte et confiée à la section de recherches de la gendarmerie de Lyon.", W["w11"]),
     Dr(D10, W["w13"], "name", "Patrick Roussel", "Pascal Roussel"),
     R("« Nous avions alerté à plusieurs reprises sur la vétusté des équipements », a-t-il affirmé.", W["w14"]),
     R("Une enveloppe de 450 000 euros avait été adoptée en décembre pour remplacer les caméras et renforcer les accès.", W["w15"])],
    [O("Le musée n'a pas répondu aux sollicitations de notre rédaction dans la matinée.")],
]

# ---------------------------------------------------------------- partial 1 (avec AFP): museum security
partial1 = [
    [B("Petits musées, grandes failles : la sécurité des collections territoriales en question", "headline")],
    [B("Par Thomas Lebreton", "byline")],
    [O("Ils sont plus de 1 200 en France à porter l'appellation « musée de France », et beaucoup fonctionnent avec des moyens de bouts de chandelle."),
     O("Vitrines anciennes, caméras analogiques, absence de gardiennage nocturne : les conservateurs des petites structures décrivent tous les mêmes fragilités.")],
    [R("Le vol commis dans la nuit de lundi à mardi au musée archéologique de Saint-Aurèle (Rhône), où deux cambrioleurs ont emporté 212 pièces d'or romaines et une coupe en argent, a ravivé ces inquiétudes.", W["w1"]),
     R("Les malfaiteurs y ont opéré en moins de sept minutes, et les gendarmes, alertés par l'alarme, sont arrivés treize minutes trop tard.", W["w6"], W["w4"]),
     R("Le maire de la commune, Patrick Roussel, avait pourtant fait voter en décembre 450 000 euros pour moderniser la sécurité du bâtiment, des travaux prévus pour l'automne.", W["w15"], W["w13"])],
    [O("« Entre le vote d'un budget et la pose des équipements, il s'écoule souvent un an, parfois deux », observe Marion Keller, consultante en sûreté muséale."),
     O("Selon elle, les voleurs savent repérer ces fenêtres de vulnérabilité, notamment pendant les périodes de travaux.")],
    [O("Les collectivités, qui financent l'essentiel du fonctionnement de ces établissements, peinent à suivre."),
     O("Un système de vidéoprotection moderne, relié à un centre de télésurveillance, coûte entre 80 000 et 300 000 euros selon la taille du site."),
     O("L'État accompagne certains projets, mais les dossiers sont longs à instruire.")],
    [R("À Saint-Aurèle, l'enquête ouverte pour « vol en bande organisée » a été confiée à la gendarmerie, avec l'appui de l'office spécialisé dans le trafic des biens culturels.", W["w11"]),
     O("Pour Marion Keller, la priorité reste la détection précoce : « Une alarme qui sonne, c'est bien ; une intervention en moins de cinq minutes, c'est mieux. »"),
     O("Plusieurs associations de conservateurs réclament un fonds national dédié à la sûreté des petites collections.")],
    [B("(avec AFP)", "credit")],
]

# ---------------------------------------------------------------- partial 2 (no credit): history of the treasure
partial2 = [
    [B("Le trésor de la Combe, une histoire de labour et de hasard", "headline")],
    [B("Par Élise Fournier", "byline")],
    [O("Au printemps 1987, Marcel Jouvin ne cherchait rien d'autre qu'à préparer sa parcelle pour les semis de maïs."),
     O("Le soc de sa charrue a pourtant ramené à la surface un petit vase de terre cuite, brisé, d'où s'échappaient des pièces jaunes et brillantes."),
     O("« Mon père a d'abord cru à des boutons de cuivre », se souvient aujourd'hui son fils, Bernard Jouvin, 61 ans.")],
    [O("Les archéologues du service régional, prévenus par le maire de l'époque, ont fouillé le champ pendant trois semaines."),
     R("Ils ont recensé 212 monnaies d'or, frappées pour la plupart sous le règne d'Auguste, qui forment depuis le « trésor de la Combe ».", W["w7"]),
     O("L'ensemble, acquis par la commune en 1991, est devenu le cœur du musée archéologique de Saint-Aurèle, inauguré trois ans plus tard."),
     R("Il y côtoyait un canthare en argent ciselé du Ier siècle av. J.-C., retrouvé lors d'une fouille voisine et considéré comme la pièce maîtresse des collections.", W["w8"])],
    [R("Ce sont ces objets que deux cambrioleurs ont dérobés dans la nuit du 9 au 10 mars, lors d'un vol éclair qui a bouleversé le village.", W["w1"]),
     O("Pour les numismates, la perte serait double."),
     R("Comme la directrice du musée, Claire Dumoulin, ils craignent que les pièces, soit près de 1,5 kilo d'or, soient fondues et revendues au poids du métal.", W["w10"]),
     O("« Chaque pièce portait des informations uniques sur les ateliers monétaires et la circulation de l'or en Gaule », souligne Jean-Luc Perrier, numismate à Lyon.")],
    [O("Bernard Jouvin, lui, n'a qu'un souhait : « Que le trésor revienne là où mon père l'a trouvé. »")],
]

# ---------------------------------------------------------------- second generation (copied from heavy1)
def SV(k):
    return E(H1[k], "verbatim", [H1[k]])


second = [
    [B("Saint-Aurèle : un casse éclair prive le Rhône de son or antique", "headline", H1["hh"])],
    [SV("h1"),
     R("À Saint-Aurèle, commune du Rhône située à environ 30 km de Lyon, deux individus se sont introduits mardi avant l'aube dans le musée archéologique et en sont repartis avec 212 monnaies en or de l'époque romaine et un vase à boire en argent.", H1["h2"]),
     SV("h2b")],
    [R("D'après Julien Ferrand, qui dirige le parquet lyonnais, les voleurs, cagoulés et vêtus de sombre, ont attaqué à la disqueuse une fenêtre située à l'arrière du bâtiment vers 3 h 40.", H1["h3"], H1["h4"]),
     SV("h5"), SV("h6"),
     R("Pour le procureur, les malfaiteurs connaissaient parfaitement les lieux et savaient très bien ce qu'ils voulaient emporter.", H1["h7"])],
    [SV("h9"), SV("h10"),
     R("Très émue, la directrice, Claire Dumoulin, y voit la perte d'un pan entier de la mémoire locale et craint que ce kilo et demi de métal précieux finisse au creuset.", H1["h11"], H1["h12"])],
    [SV("h13"),
     R("Le maire (divers droite) Patrick Roussel ne décolère pas : selon lui, l'usure du matériel de surveillance avait été signalée à maintes reprises.", H1["h15"]),
     SV("h16"),
     R("En attendant, le musée, qui avait reçu 38 000 personnes l'an passé, reste fermé sans date de réouverture.", H1["h17"])],
    [SV("h19")],
]

# ---------------------------------------------------------------- translation (English, credited)
translation = [
    [Bx("Thieves steal Roman gold coins worth €1.8 million from French museum in under seven minutes", "headline")],
    [Bx("Lyon, France (AFP) -", "dateline"),
     Rx("Two burglars stole 212 Roman gold coins and a silver cup overnight from Monday to Tuesday from the archaeological museum of Saint-Aurèle, some 30 kilometres south of Lyon, prosecutors said on Tuesday.", W["w1"]),
     Rx("An initial assessment by the museum's insurers put the loss at 1.8 million euros.", W["w2"])],
    [Rx("The hooded thieves, dressed in black, used an angle grinder to force open a rear window at around 3:40 am, Lyon prosecutor Julien Ferrand said.", W["w3"]),
     Rx("The alarm went off at 3:42 am, but gendarmes who reached the scene 13 minutes later could only confirm the theft.", W["w4"]),
     Rx("“The perpetrators knew exactly what they had come for, and they knew the premises,” Ferrand told a press briefing.", W["w5"]),
     Rx("He said the raid lasted “less than seven minutes” and that the two men fled in a dark vehicle caught on a town camera.", W["w6"])],
    [Rx("The stolen coins made up the so-called “Combe treasure”, unearthed by a farmer ploughing his field in 1987, and most date from the reign of the emperor Augustus.", W["w7"]),
     Rx("The cup, a chased silver kantharos from the 1st century BC, was the centrepiece of the collection.", W["w8"]),
     Rx("“A part of our region's memory vanished last night,” said museum director Claire Dumoulin, her voice breaking.", W["w9"]),
     Rx("She fears the coins, which contain nearly 1.5 kilograms of gold, could be melted down and sold for the value of the metal.", W["w10"])],
    [Rx("An investigation into “organised theft” has been opened and handed to the Lyon gendarmerie's criminal investigation unit, backed by France's central office against trafficking in cultural goods (OCBC).", W["w11"]),
     Rx("The museum, which welcomed 38,000 visitors in 2025, will stay closed until further notice.", W["w12"])],
    [Rx("Saint-Aurèle's centre-right mayor Patrick Roussel pointed to weaknesses in the security system, which was due to be upgraded in the autumn.", W["w13"]),
     Rx("“We had warned several times that the equipment was obsolete, and the funding had only just been approved,” he said.", W["w14"]),
     Rx("In December the town council approved 450,000 euros to replace the cameras and strengthen the entrances.", W["w15"]),
     Rx("France's culture ministry said it was following the case “with the utmost attention”.", W["w16"])],
]

# ---------------------------------------------------------------- hard negatives (written independently)
hn_early = [  # published BEFORE the wire
    [B("Saint-Aurèle : cambriolage nocturne au musée archéologique", "headline")],
    [O("Les gendarmes sont mobilisés depuis le milieu de la nuit à Saint-Aurèle, où des voleurs ont visité le musée archéologique."),
     O("Vers 3 h 40, selon nos informations, une fenêtre située derrière le bâtiment a cédé sous les coups d'une disqueuse.")],
    [O("Les intrus visaient visiblement les monnaies romaines exposées au premier étage : les 212 pièces d'or de la Combe, trouvées en 1987 dans un champ de la commune."),
     O("Une coupe antique en argent aurait également disparu.")],
    [O("Joint par téléphone à 6 heures, le maire, Patrick Roussel, s'est dit « écœuré » : « On réclamait de nouvelles caméras depuis des années, l'argent était enfin là. »"),
     O("Prévenue par l'alarme, la directrice, Claire Dumoulin, s'est rendue sur place avant même le lever du jour."),
     O("« Je n'arrive pas encore à y croire, c'est notre histoire qu'on a emportée », nous a-t-elle confié, bouleversée.")],
    [O("Le musée n'ouvrira pas ses portes ce mardi."),
     O("Nous reviendrons sur cette affaire dans nos prochains journaux.")],
]

hn_tv = [  # AFP photo credit (not a credit)
    [B("« Ils savaient où aller » : l'enquête sur le vol du trésor romain de Saint-Aurèle commence", "headline")],
    [B("Par Karim Benali", "byline")],
    [O("Ce mardi soir, le musée de Saint-Aurèle est toujours entouré de rubalise."),
     O("Quelques heures plus tôt, vers 3 h 40, deux hommes encagoulés ont découpé une vitre sur la face arrière du bâtiment avant de rafler l'ensemble dit de la Combe, soit 212 pièces en or frappées sous Auguste."),
     O("Ils ont aussi emporté un canthare en argent vieux de plus de deux mille ans.")],
    [O("Leur fuite, dans une voiture sombre, a été enregistrée par une caméra installée par la mairie."),
     O("Julien Ferrand, procureur à Lyon, a évoqué dans l'après-midi une équipe très bien renseignée : « Rien n'a été laissé au hasard, ils sont allés droit aux vitrines qui les intéressaient. »"),
     O("Sept minutes à peine se sont écoulées entre l'effraction et la fuite, tandis que la patrouille n'a atteint le musée que treize minutes après le déclenchement de l'alarme.")],
    [O("La SR de Lyon et l'OCBC mènent conjointement les investigations ; le parquet a retenu la circonstance de bande organisée."),
     O("Les assureurs parlent d'un préjudice de 1,8 million.")],
    [O("« Ces pièces ne sont pas qu'un trésor, ce sont les archives de notre vallée », confie Claire Dumoulin, qui dirige l'établissement."),
     O("Patrick Roussel, lui, rappelle que 450 000 euros avaient été votés en décembre pour changer les caméras, avec une installation attendue à l'automne."),
     O("« On avait l'argent, il nous manquait juste le temps », regrette le maire.")],
    [B("Photo : AFP", "photo_credit")],
]

hn_gazette = [
    [B("Patrick Roussel : « Ce vol, c'est une blessure pour toute la commune »", "headline")],
    [B("Propos recueillis par Annie Gervais", "byline")],
    [O("Au lendemain du cambriolage qui a vidé les vitrines du musée archéologique, le premier magistrat de la commune nous a reçus dans son bureau, à deux pas du bâtiment encore fermé."),
     O("Élu sous l'étiquette divers droite, Patrick Roussel avoue sa colère autant que sa fatigue."),
     O("« Depuis mon premier mandat, je répète que notre système de surveillance date d'un autre âge », lâche-t-il.")],
    [O("Le conseil municipal avait pourtant débloqué 450 000 euros lors de sa séance de décembre."),
     O("Cette somme devait financer, dès cet automne, des caméras numériques et des portes blindées."),
     O("« On avait le budget, on avait le calendrier, il nous manquait juste quelques mois », soupire l'édile.")],
    [O("Lundi soir, en quittant la mairie, il n'imaginait pas être réveillé quelques heures plus tard par un appel des gendarmes."),
     O("Les voleurs, deux hommes cagoulés, sont entrés vers 3 h 40 et ont emporté les 212 monnaies d'or dites de la Combe ainsi que le canthare d'argent, fierté du musée."),
     O("Le maire pense d'abord à Claire Dumoulin et à son équipe, « effondrées » selon lui.")],
    [O("Avec 38 000 entrées enregistrées en 2025, le musée est aussi un moteur pour les commerces du centre-bourg."),
     O("« Nos restaurateurs, notre boulangerie, nos gîtes vivent en partie de ces visiteurs », rappelle-t-il."),
     O("Aucune date de réouverture n'a été fixée."),
     O("L'élu souhaite qu'une réunion publique se tienne rapidement pour répondre aux questions des habitants.")],
]

hn_daily = [
    [B("Vol du trésor de Saint-Aurèle : les enquêteurs sur la piste d'une équipe aguerrie", "headline")],
    [B("Par Mathieu Garnier", "byline")],
    [O("Quarante-huit heures après le cambriolage du musée archéologique, à Saint-Aurèle, les enquêteurs épluchent les images de vidéosurveillance de la commune."),
     O("Une seule caméra municipale a saisi le passage d'un véhicule de couleur sombre, quelques instants après l'effraction, survenue mardi à 3 h 40 environ."),
     O("Le procureur Julien Ferrand l'a répété mercredi : « Nous avons affaire à des professionnels qui avaient fait leurs repérages. »")],
    [O("Tout s'est joué en un peu moins de sept minutes, alors que l'alarme s'était déclenchée dès 3 h 42."),
     O("Arrivés à 3 h 55, les gendarmes n'ont trouvé que des vitrines vides."),
     O("Les militaires de la SR de Lyon, assistés de l'OCBC, privilégient l'hypothèse d'un vol commandité, peut-être pour un collectionneur étranger.")],
    [O("Mais la crainte première reste la fonte du métal."),
     O("Les 212 pièces pèsent ensemble 1 500 grammes d'or, une valeur marchande bien inférieure au montant de 1,8 million retenu par les assureurs."),
     O("« Si elles partent à la fonderie, c'est irréversible : on ne récupérera jamais ce qu'elles nous apprennent », s'alarme Claire Dumoulin, qui dirige le musée.")],
    [O("Le parquet, qui enquête sur un vol en bande organisée, lance un appel à témoins."),
     O("La Rue de Valois a proposé l'aide de ses experts pour établir une fiche détaillée de chaque pièce, diffusée auprès des maisons de vente."),
     O("Quant au maire, Patrick Roussel, il attend toujours les caméras financées en décembre à hauteur de 450 000 euros."),
     O("Fermé depuis mardi, le musée, qui a reçu 38 000 visiteurs l'an passé, ne rouvrira pas avant plusieurs semaines.")],
]

# ---------------------------------------------------------------- easy negative
easy = [
    [B("Nantes : feu vert au prolongement d'une ligne de tramway vers le nord de l'agglomération", "headline")],
    [O("Les élus métropolitains ont approuvé vendredi, par 71 voix contre 12, le prolongement de 4,2 km d'une ligne de tramway vers les quartiers nord de Nantes."),
     O("Le chantier, estimé à 186 millions d'euros, doit débuter au printemps 2027 pour une mise en service prévue fin 2030.")],
    [O("Sept nouvelles stations desserviront notamment un lycée, une clinique et une zone d'activités qui emploie près de 3 000 salariés."),
     O("« C'est un projet attendu depuis quinze ans par les habitants », s'est félicitée la vice-présidente chargée des mobilités, Nadia Ferreira.")],
    [O("L'opposition a dénoncé un coût « mal maîtrisé » et réclamé une étude comparative avec un bus à haut niveau de service."),
     O("Une concertation publique se tiendra du 4 mai au 12 juin dans les mairies concernées."),
     O("Les commerçants du tracé, inquiets des travaux, demandent la création d'un fonds d'indemnisation.")],
]

# ---------------------------------------------------------------- documents (ids in shuffled order)
DOCS = [
    # id, kind, lang, outlet, published, url-slug, paragraphs, parent, credited, credit_text, note
    ("tresor_fr_d09", "wire", "fr", "AFP", "2026-03-10T11:42:00+01:00",
     "https://www.afp.example/fr/depeches/2026/03/10/rhone-vol-musee-saint-aurele-tresor-romain", wire, None, False, None,
     "source; dateline Lyon (AFP)"),
    ("tresor_fr_d12", "verbatim", "fr", "Rhône Infos Continu", "2026-03-10",
     "https://www.rhone-infos-continu.example/faits-divers/pieces-or-romaines-volees-musee", verbatim, "tresor_fr_d09", False, None,
     "paragraph w11-w12 dropped; “ ” and ’; no dateline"),
    ("tresor_fr_d03", "light", "fr", "Lyon Matin Info", "2026-03-10T12:25:00+01:00",
     "https://www.lyon-matin-info.example/actu/saint-aurele-tresor-romain-derobe", light1, "tresor_fr_d09", True, "Avec AFP",
     "11/16 wire sentences; w5 unchanged"),
    ("tresor_fr_d14", "light", "fr", "Actu Sud-Lyonnais", "2026-03-10T13:10:00+01:00",
     "https://www.actu-sud-lyonnais.example/2026/03/10/vol-spectaculaire-musee-saint-aurele", light2, "tresor_fr_d09", False, None,
     "10/16 wire sentences; w12 unchanged"),
    ("tresor_fr_d16", "heavy", "fr", "Rhône Hebdo", "2026-03-10T15:40:00+01:00",
     "https://www.rhone-hebdo.example/patrimoine/casse-eclair-musee-saint-aurele", heavy1, "tresor_fr_d09", False, None,
     "parent of the second-generation copy"),
    ("tresor_fr_d01", "heavy", "fr", "Le Courrier des Monts", "2026-03-10T18:05:00+01:00",
     "https://www.courrier-des-monts.example/actualite/saint-aurele-maire-sonnette-alarme", heavy2, "tresor_fr_d09", True, fr("Source : AFP"),
     "opens on the mayor's angle"),
    ("tresor_fr_d11", "heavy", "fr", "Patrimoine & Culture Mag", "2026-03-11T10:15:00+01:00",
     "https://www.patrimoine-culture-mag.example/archeologie/tresor-de-la-combe-derobe", heavy3, "tresor_fr_d09", False, None,
     "heritage angle"),
    ("tresor_fr_d10", "drift", "fr", "Lyon Soir Direct", "2026-03-10T12:50:00+01:00",
     "https://www.lyon-soir-direct.example/faits-divers/tresor-romain-vole-saint-aurele", drift, "tresor_fr_d09", True, "a indiqué l'AFP",
     "212→221 coins, 3 h 40→2 h 40, Patrick→Pascal Roussel; in-body credit"),
    ("tresor_fr_d08", "partial", "fr", "La Tribune des Territoires", "2026-03-11T16:20:00+01:00",
     "https://www.tribune-territoires.example/culture/petits-musees-securite-collections", partial1, "tresor_fr_d09", True, "(avec AFP)",
     "museum security; 4 wire-derived sentences"),
    ("tresor_fr_d15", "partial", "fr", "Archéo Rhône Magazine", "2026-03-12T09:00:00+01:00",
     "https://www.archeo-rhone-mag.example/histoire/tresor-de-la-combe-labour-hasard", partial2, "tresor_fr_d09", False, None,
     "history of the 1987 find; 4 wire-derived sentences"),
    ("tresor_fr_d06", "second_generation", "fr", "Net Actus Régions", "2026-03-11T08:30:00+01:00",
     "https://www.net-actus-regions.example/rhone/saint-aurele-casse-eclair-or-antique", second, "tresor_fr_d16", False, None,
     "copied from d16 (heavy), incl. its own sentences"),
    ("tresor_fr_d04", "translation", "en", "The Continental Courier", "2026-03-10T17:30:00+01:00",
     "https://www.continental-courier.example/europe/2026/03/10/france-museum-roman-gold-coins-stolen", translation, "tresor_fr_d09", True, "(AFP)",
     "English; credit in dateline"),
    ("tresor_fr_d07", "hard_negative", "fr", "Radio Val-de-Rhône", "2026-03-10T07:50:00+01:00",
     "https://www.radio-val-de-rhone.example/info/cambriolage-nocturne-musee-saint-aurele", hn_early, None, False, None,
     "published before the wire"),
    ("tresor_fr_d02", "hard_negative", "fr", "TéléLyon Métropole", "2026-03-10T19:45:00+01:00",
     "https://www.telelyon-metropole.example/info/saint-aurele-enquete-vol-tresor-romain", hn_tv, None, False, None,
     "AFP photo credit only"),
    ("tresor_fr_d17", "hard_negative", "fr", "La Gazette de Saint-Aurèle", "2026-03-11T11:00:00+01:00",
     "https://www.gazette-saint-aurele.example/2026/03/11/patrick-roussel-vol-blessure-commune", hn_gazette, None, False, None,
     "interview of the mayor"),
    ("tresor_fr_d13", "hard_negative", "fr", "Le Quotidien Rhodanien", "2026-03-12T06:30:00+01:00",
     "https://www.quotidien-rhodanien.example/faits-divers/saint-aurele-enqueteurs-equipe-aguerrie", hn_daily, None, False, None,
     "investigation follow-up"),
    ("tresor_fr_d05", "easy_negative", "fr", "Ouest Atlantique Info", "2026-03-10T14:00:00+01:00",
     "https://www.ouest-atlantique-info.example/nantes/tramway-prolongement-nord", easy, None, False, None,
     "unrelated (tramway in Nantes)"),
]


def assemble(paras):
    return "\n\n".join(" ".join(e["text"] for e in p) for p in paras)


def main():
    documents, sentences, notes = [], {}, {}
    for (did, kind, lang, outlet, pub, url, paras, parent, cred, ctext, note) in DOCS:
        text = assemble(paras)
        title = paras[0][0]["text"]
        documents.append({"id": did, "text": text, "language": lang, "outlet": outlet, "published": pub,
                          "url": url, "title": title, "kind": kind, "parent": parent,
                          "credited": cred, "credit_text": ctext})
        sentences[did] = [e for p in paras for e in p]
        notes[did] = note
    drift_list = [{"child": "tresor_fr_d10", "parent": "tresor_fr_d09", "parent_text": pt, "child_text": ct,
                   "field": f, "from": a, "to": b} for (pt, ct, f, a, b) in DRIFTS]
    fam = {"family": FAM, "documents": documents, "sentences": sentences, "drift": drift_list}
    with open(os.path.join(HERE, "family.json"), "w", encoding="utf-8") as fh:
        json.dump(fam, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_readme(documents, sentences, notes)
    print(f"wrote family.json: {len(documents)} documents, "
          f"{sum(len(v) for v in sentences.values())} sentence entries")


def write_readme(documents, sentences, notes):
    order = sorted(documents, key=lambda d: d["published"][:10] + ("T00" if len(d["published"]) == 10 else d["published"][10:16]))
    rows = []
    for d in sorted(documents, key=lambda d: d["id"]):
        ss = sentences[d["id"]]
        c = {k: sum(1 for s in ss if s["label"] == k) for k in ("verbatim", "rewritten", "original", "boilerplate")}
        counts = f"{len(ss)} ({c['verbatim']}v/{c['rewritten']}r/{c['original']}o/{c['boilerplate']}b)"
        credit = d["credit_text"] if d["credited"] else "—"
        rows.append(f"| {d['id']} | {d['kind']} | {d['language']} | {d['outlet']} | {d['published']} | "
                    f"{d['parent'] or '—'} | {credit} | {counts} | {notes[d['id']]} |")
    md = f"""# tresor_fr — French wire-reuse family (AFP)

Gold-labelled test family for a text-reuse detector. Everything is invented: the town of
Saint-Aurèle (Rhône), its musée archéologique, the people, the outlets (`.example` URLs). Real
institutions (AFP, parquet de Lyon, gendarmerie, OCBC, ministère de la Culture) appear only as generic
actors. No text is copied from published news.

## The event

In the night of Monday 9 to Tuesday 10 March 2026, around 3 h 40, two hooded burglars cut open a rear
window of the musée archéologique de Saint-Aurèle, about 30 km south of Lyon, and stole the
« trésor de la Combe » (212 Roman gold coins, mostly of Augustus' reign, found by a farmer in 1987,
about 1,5 kg of gold) and a chased silver kantharos of the 1st century BC. Alarm at 3 h 42, gendarmes
on site 13 minutes later, raid under seven minutes, loss estimated at 1,8 million euros. People:
prosecutor Julien Ferrand, museum director Claire Dumoulin, mayor Patrick Roussel (divers droite),
who had had 450 000 euros voted in December for new security. Museum: 38 000 visitors in 2025.
The AFP wire (d09) was sent on 10 March 2026 at 11:42 (+01:00).

## Documents

Publication order: {", ".join(d["id"][-3:] for d in order)}.

Sentence counts: total (verbatim / rewritten / original / boilerplate).

| id | kind | lang | outlet | published | parent | credit | sentences | notes |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

## Notes

- Typography: the wire and the French copies use « guillemets » with U+00A0, U+202F before ; ? !
  and in thousands (1 200, 450 000), U+00A0 in hours (3 h 40) and after M./Mme. The verbatim copy
  (d12) turns « » into “ ”, ' into ’ and non-breaking spaces into plain spaces.
- Heavy rewrites (d16, d01, d11) and the four hard negatives share no run of 5 words with the wire
  (checked by `check.py` with two tokenisations: punctuation removed, and punctuation as a separator);
  the hard negatives are also checked against every copy.
- The drift copy (d10) carries exactly three changed facts (number, time, name) and an in-body credit
  (« a indiqué l'AFP »). The TV hard negative (d02) has only a « Photo : AFP » photo credit, which is
  not a credit (`credited: false`).
- The second-generation copy (d06) derives from the heavy rewrite d16; its parents are d16 sentences,
  several of which are d16's own sentences (not in the wire).
- A derived headline is labelled boilerplate; where it is copied from its parent's headline, the
  parent headline is listed in `parents`.

Rebuild and verify: `python3 build.py && python3 check.py`.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md)


if __name__ == "__main__":
    main()
