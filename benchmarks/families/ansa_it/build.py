#!/usr/bin/env python3
"""Build the gold-labelled family `ansa_it` (invented event: Lanificio Ardenzi layoffs, Biella).

Every document is a list of blocks (paragraphs); every block a list of labelled sentences.
Block texts are sentences joined by one space; blocks are joined by a blank line.
Parents are given as keys of the parent document's sentences and resolved to texts here.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = "ansa_it"


def S(text, label="original", parents=(), role=None, drift=None, key=None):
    return {"text": text, "label": label, "parents": list(parents), "role": role,
            "drift": list(drift or []), "key": key}


def B(text, role):
    return S(text, "boilerplate", role=role)


def typo(text, style):
    """Typographic variants used by copies: curly or straight quotes, curly apostrophes."""
    if style == "curly":
        return text.replace("«", "“").replace("»", "”").replace("'", "’")
    if style == "straight":
        return text.replace("«", '"').replace("»", '"')
    return text


# ---------------------------------------------------------------------------
# WIRE (ANSA)
# ---------------------------------------------------------------------------
W = {
    "W1": "Il Lanificio Ardenzi, storica azienda tessile biellese fondata nel 1911, ha annunciato questa mattina 340 esuberi su un organico di 1.150 dipendenti e la chiusura entro il 30 giugno dello stabilimento di Cossato.",
    "W2": "La comunicazione è arrivata ai sindacati durante un incontro convocato con poche ore di preavviso nella sede di via dei Tessitori, a Biella.",
    "W3": "Secondo il piano presentato dall'azienda, parte della produzione di tessuti per l'abbigliamento maschile sarà trasferita nello stabilimento del gruppo a Timișoara, in Romania.",
    "W4": "«Il mercato dei tessuti di alta gamma si è ridotto del 18% in due anni e non possiamo più sostenere costi fissi di questo livello», ha spiegato l'amministratore delegato Marco Tealdi.",
    "W5": "Il gruppo ha chiuso il 2025 con un fatturato di 212 milioni di euro, in calo del 14,5% rispetto all'anno precedente, e con una perdita netta di 9,3 milioni.",
    "W6": "Dei 340 esuberi, 260 riguardano gli operai di Cossato e 80 gli impiegati degli uffici amministrativi e commerciali di Valle Mosso.",
    "W7": "L'azienda ha già avviato la procedura di licenziamento collettivo prevista dalla legge 223 del 1991, che apre una fase di confronto di 75 giorni.",
    "W8": "Immediata la reazione dei sindacati Filctem-Cgil, Femca-Cisl e Uiltec-Uil, che hanno proclamato otto ore di sciopero per venerdì 13 marzo in tutti gli stabilimenti del gruppo.",
    "W9": "È previsto anche un presidio davanti ai cancelli di Cossato a partire dalle 6 del mattino.",
    "W10": "«È una decisione inaccettabile, presa senza alcun confronto preventivo con i lavoratori: chiediamo il ritiro immediato della procedura», ha dichiarato Silvia Boccardo, segretaria provinciale della Filctem-Cgil di Biella.",
    "W11": "Secondo la sindacalista, negli ultimi tre anni l'azienda ha ricevuto contributi pubblici per oltre 4 milioni di euro destinati all'innovazione degli impianti.",
    "W12": "«Chi ha preso risorse pubbliche non può delocalizzare come se nulla fosse», ha aggiunto Boccardo.",
    "W13": "Sulla vicenda è intervenuta anche la Regione Piemonte, che ha chiesto la convocazione urgente di un tavolo al ministero delle Imprese e del made in Italy.",
    "W14": "L'incontro, secondo quanto si apprende, dovrebbe tenersi a Roma giovedì 19 marzo.",
    "W15": "«Siamo pronti a mettere a disposizione strumenti di formazione e ammortizzatori sociali, ma l'azienda deve sospendere i licenziamenti e sedersi al tavolo», ha detto l'assessore regionale al Lavoro, Franco Morandini.",
    "W16": "Nel Biellese il settore tessile occupa ancora circa 9.000 addetti, ma dal 2008 ha perso quasi un terzo dei posti di lavoro.",
}
WIRE_HEADLINE = "Tessile: Lanificio Ardenzi annuncia 340 esuberi nel Biellese, sindacati proclamano sciopero"
WIRE_DATELINE = "(ANSA) - BIELLA, 10 MAR -"
WIRE_PARAS = [["W1", "W2"], ["W3", "W4"], ["W5", "W6", "W7"], ["W8", "W9"],
              ["W10", "W11", "W12"], ["W13", "W14", "W15"], ["W16"]]

wire_blocks = [[B(WIRE_HEADLINE, "headline")]]
for i, para in enumerate(WIRE_PARAS):
    blk = [S(W[k], key=k) for k in para]
    if i == 0:
        blk.insert(0, B(WIRE_DATELINE, "dateline"))
    wire_blocks.append(blk)

# ---------------------------------------------------------------------------
# VERBATIM (paragraph W5-W7 dropped, dateline removed, curly typography)
# ---------------------------------------------------------------------------
verb_blocks = [[B(typo(WIRE_HEADLINE, "curly"), "headline")]]
for i, para in enumerate(WIRE_PARAS):
    if i == 2:
        continue
    verb_blocks.append([S(typo(W[k], "curly"), "verbatim", [k]) for k in para])

# ---------------------------------------------------------------------------
# LIGHT 1 (La Gazzetta del Piemonte) - credited "(ANSA)"
# ---------------------------------------------------------------------------
light1_blocks = [
    [B("Biella, il Lanificio Ardenzi taglia 340 posti e chiude a Cossato: sciopero il 13 marzo", "headline")],
    [S("Lo storico Lanificio Ardenzi, azienda tessile biellese nata nel 1911, ha annunciato 340 esuberi su 1.150 dipendenti e la chiusura dello stabilimento di Cossato entro il 30 giugno.", "rewritten", ["W1"]),
     S("Secondo il piano aziendale, parte della produzione di tessuti per l'abbigliamento maschile verrà trasferita nello stabilimento del gruppo a Timișoara, in Romania.", "rewritten", ["W3"])],
    [S(W["W4"], "verbatim", ["W4"]),
     S("Si tratta della più pesante riduzione di personale annunciata nel distretto laniero negli ultimi dieci anni.")],
    [S("Il gruppo ha chiuso il 2025 con un fatturato di 212 milioni di euro, in calo del 14,5%, e una perdita netta di 9,3 milioni.", "rewritten", ["W5"]),
     S("Dei 340 esuberi, 260 riguardano gli operai di Cossato e 80 gli impiegati degli uffici di Valle Mosso.", "rewritten", ["W6"])],
    [S("I sindacati Filctem-Cgil, Femca-Cisl e Uiltec-Uil hanno subito proclamato otto ore di sciopero per venerdì 13 marzo in tutti gli stabilimenti del gruppo.", "rewritten", ["W8"]),
     S("Davanti ai cancelli di Cossato è previsto anche un presidio dalle 6 del mattino.", "rewritten", ["W9"]),
     S("«È una decisione inaccettabile, presa senza alcun confronto con i lavoratori: chiediamo il ritiro immediato della procedura», ha dichiarato Silvia Boccardo, segretaria provinciale della Filctem-Cgil.", "rewritten", ["W10"])],
    [S("La Regione Piemonte ha chiesto la convocazione urgente di un tavolo al ministero delle Imprese e del made in Italy.", "rewritten", ["W13"]),
     S("L'incontro dovrebbe tenersi a Roma giovedì 19 marzo.", "rewritten", ["W14"]),
     S("«Siamo pronti a mettere a disposizione formazione e ammortizzatori sociali, ma l'azienda deve sospendere i licenziamenti», ha detto l'assessore regionale al Lavoro Franco Morandini.", "rewritten", ["W15"])],
    [S("A Cossato, dove lo stabilimento è attivo dal 1962, il consiglio comunale si riunirà in seduta straordinaria lunedì prossimo.")],
    [B("(ANSA)", "credit")],
]

# ---------------------------------------------------------------------------
# LIGHT 2 (Il Corriere delle Valli) - not credited, straight quotes
# ---------------------------------------------------------------------------
light2_blocks = [
    [B("Lanificio Ardenzi, 340 licenziamenti: chiude lo stabilimento di Cossato", "headline")],
    [B("di Stefano Rosazza", "byline")],
    [S("Il Lanificio Ardenzi, azienda tessile fondata a Biella nel 1911, ha annunciato stamani 340 esuberi su un totale di 1.150 addetti e la chiusura, entro il 30 giugno, dello stabilimento di Cossato.", "rewritten", ["W1"]),
     S("La notizia è stata comunicata ai sindacati in un incontro convocato con poche ore di preavviso nella sede di via dei Tessitori.", "rewritten", ["W2"]),
     S("Per molte famiglie della valle è un colpo durissimo: in diversi casi marito e moglie lavorano entrambi nello stesso reparto.")],
    [S("«Il mercato dell'alta gamma si è ridotto del 18% in due anni e non possiamo più reggere costi fissi di questo livello», ha spiegato l'amministratore delegato, Marco Tealdi.", "rewritten", ["W4"]),
     S("Gli esuberi riguardano 260 operai di Cossato e 80 impiegati amministrativi e commerciali di Valle Mosso.", "rewritten", ["W6"]),
     S(W["W7"], "verbatim", ["W7"])],
    [S("Filctem-Cgil, Femca-Cisl e Uiltec-Uil hanno proclamato otto ore di sciopero per venerdì 13 marzo in tutti gli stabilimenti.", "rewritten", ["W8"]),
     S("«È una decisione inaccettabile, presa senza confronto preventivo: chiediamo il ritiro immediato della procedura», ha dichiarato Silvia Boccardo della Filctem-Cgil di Biella.", "rewritten", ["W10"]),
     S("Secondo la sindacalista, negli ultimi tre anni l'azienda ha incassato oltre 4 milioni di euro di contributi pubblici per l'innovazione degli impianti.", "rewritten", ["W11"]),
     S("«Chi ha preso risorse pubbliche non può delocalizzare come se niente fosse», ha aggiunto.", "rewritten", ["W12"])],
    [S("Anche la Regione Piemonte è intervenuta, chiedendo un tavolo urgente al ministero delle Imprese e del made in Italy.", "rewritten", ["W13"]),
     S("«Siamo pronti a mettere a disposizione strumenti di formazione e ammortizzatori sociali, ma l'azienda deve sospendere i licenziamenti e sedersi al tavolo», ha detto l'assessore al Lavoro Franco Morandini.", "rewritten", ["W15"]),
     S("Nel 2019 lo stesso stabilimento di Cossato aveva già attraversato un anno di cassa integrazione.")],
]
for blk in light2_blocks:
    for s in blk:
        s["text"] = typo(s["text"], "straight")

# ---------------------------------------------------------------------------
# DRIFT (Radio Valle Cervo) - light rewrite with exactly 3 changed facts
# ---------------------------------------------------------------------------
DR_NUM = {"field": "number", "from": "212 milioni", "to": "221 milioni"}
DR_DATE = {"field": "date", "from": "13 marzo", "to": "20 marzo"}
DR_NAME = {"field": "name", "from": "Franco Morandini", "to": "Fabio Morandini"}
drift_blocks = [
    [B("Lanificio Ardenzi, 340 esuberi e stop a Cossato. I sindacati: sciopero", "headline")],
    [S("Il Lanificio Ardenzi, storica azienda tessile biellese fondata nel 1911, ha annunciato 340 esuberi su 1.150 dipendenti e la chiusura dello stabilimento di Cossato entro il 30 giugno.", "rewritten", ["W1"]),
     S("Parte della produzione di tessuti per l'abbigliamento maschile sarà trasferita nello stabilimento del gruppo a Timișoara, in Romania.", "rewritten", ["W3"])],
    [S("«Il mercato dei tessuti di alta gamma si è ridotto del 18% in due anni e non possiamo più sostenere costi fissi di questo livello», ha spiegato l'ad Marco Tealdi.", "rewritten", ["W4"]),
     S("Il gruppo ha chiuso il 2025 con un fatturato di 221 milioni di euro, in calo del 14,5% sull'anno precedente, e una perdita netta di 9,3 milioni.", "rewritten", ["W5"], drift=[DR_NUM]),
     S("L'azienda ha già avviato la procedura di licenziamento collettivo, che apre una fase di confronto di 75 giorni.", "rewritten", ["W7"])],
    [S("Anche a Valle Mosso, dove ha sede l'amministrazione, il clima tra i dipendenti è di forte preoccupazione.")],
    [S("I sindacati Filctem-Cgil, Femca-Cisl e Uiltec-Uil hanno proclamato otto ore di sciopero per venerdì 20 marzo in tutti gli stabilimenti del gruppo.", "rewritten", ["W8"], drift=[DR_DATE]),
     S("È previsto anche un presidio davanti ai cancelli di Cossato dalle 6 del mattino.", "rewritten", ["W9"]),
     S("«È una decisione inaccettabile, presa senza alcun confronto preventivo con i lavoratori», ha dichiarato Silvia Boccardo, segretaria provinciale della Filctem-Cgil di Biella.", "rewritten", ["W10"]),
     S(W["W12"], "verbatim", ["W12"])],
    [S("La Regione Piemonte ha chiesto un tavolo urgente al ministero delle Imprese e del made in Italy, che dovrebbe riunirsi a Roma giovedì 19 marzo.", "rewritten", ["W13", "W14"]),
     S("«Siamo pronti a mettere a disposizione strumenti di formazione e ammortizzatori sociali, ma l'azienda deve sospendere i licenziamenti», ha detto l'assessore regionale al Lavoro, Fabio Morandini.", "rewritten", ["W15"], drift=[DR_NAME]),
     S("Il sindaco di Cossato ha convocato per domani mattina una riunione con i capigruppo del consiglio comunale.")],
]

# ---------------------------------------------------------------------------
# HEAVY 1 (Economia Oggi) - not credited; parent of the second-generation copy
# ---------------------------------------------------------------------------
H = {
    "H1a": S("La frenata dei consumi di fascia alta arriva a colpire anche una delle firme più antiche della lana italiana.", key="H1a"),
    "H1b": S("Oltre un secolo dopo la sua nascita, il Lanificio Ardenzi si prepara a ridurre la forza lavoro: su 1.150 addetti, 340 sono stati dichiarati in eccedenza, mentre il sito produttivo di Cossato cesserà l'attività non oltre la fine di giugno.", "rewritten", ["W1"], key="H1b"),
    "H1c": S("I conti spiegano buona parte della scelta: nel 2025 i ricavi si sono fermati a 212 milioni, con una flessione del 14,5% sui dodici mesi precedenti, e il bilancio si è chiuso in rosso per 9,3 milioni.", "rewritten", ["W5"], key="H1c"),
    "H1d": S("Secondo Marco Tealdi, amministratore delegato del gruppo, in un biennio la domanda di stoffe pregiate è calata del 18%, e con questi volumi l'attuale struttura dei costi fissi non regge più.", "rewritten", ["W4"], key="H1d"),
    "H1e": S("Una quota della lavorazione destinata alla moda uomo verrà spostata in Romania, nell'impianto che la società possiede a Timișoara.", "rewritten", ["W3"], key="H1e"),
    "H1f": S("Il taglio colpisce soprattutto la fabbrica: 260 operai a Cossato, ai quali si aggiungono 80 impiegati tra amministrazione e area commerciale nella sede di Valle Mosso.", "rewritten", ["W6"], key="H1f"),
    "H1g": S("La società ha già fatto partire l'iter dei licenziamenti collettivi disciplinato dalla norma del 1991, la 223, che concede 75 giorni per la trattativa.", "rewritten", ["W7"], key="H1g"),
    "H1h": S("Per il distretto biellese, che negli ultimi mesi aveva già visto due aziende più piccole ricorrere alla cassa integrazione, è il segnale più preoccupante dall'inizio dell'anno.", key="H1h"),
    "H1i": S("La risposta sindacale non si è fatta attendere: le categorie di Cgil, Cisl e Uil fermeranno per otto ore tutti i siti dell'azienda venerdì 13 marzo, con i lavoratori radunati fin dalle sei davanti all'ingresso della fabbrica di Cossato.", "rewritten", ["W8", "W9"], key="H1i"),
    "H1j": S("Silvia Boccardo, alla guida della Filctem-Cgil biellese, ha definito la mossa inaccettabile perché calata dall'alto, e ha chiesto che la procedura venga ritirata subito.", "rewritten", ["W10"], key="H1j"),
    "H1k": S("La sindacalista ha ricordato che nell'ultimo triennio l'impresa ha beneficiato di più di 4 milioni in fondi pubblici per modernizzare i macchinari: a suo giudizio, chi incassa denaro dello Stato non può poi portare il lavoro all'estero senza conseguenze.", "rewritten", ["W11", "W12"], key="H1k"),
    "H1l": S("Anche la giunta piemontese si è mossa, sollecitando un tavolo di crisi presso il dicastero delle Imprese, che dovrebbe riunirsi nella capitale il 19 marzo.", "rewritten", ["W13", "W14"], key="H1l"),
    "H1m": S("L'assessore al Lavoro Franco Morandini ha offerto corsi di riqualificazione e ammortizzatori, a patto però che Ardenzi congeli i licenziamenti e accetti di trattare.", "rewritten", ["W15"], key="H1m"),
    "H1n": S("Nella provincia il comparto tessile dà ancora lavoro a circa 9.000 persone, ma rispetto al 2008 gli occupati si sono ridotti di quasi un terzo.", "rewritten", ["W16"], key="H1n"),
    "H1o": S("Resta da capire se il piano industriale presentato ai sindacati preveda investimenti sugli altri siti italiani, su cui l'azienda per ora non ha fornito dettagli.", key="H1o"),
    "H1p": S("Un portavoce del gruppo ha fatto sapere che nuove comunicazioni arriveranno solo dopo l'incontro romano.", key="H1p"),
}
heavy1_blocks = [
    [B("Ardenzi, la crisi del lusso tessile costa 340 posti: stop alla fabbrica di Cossato", "headline")],
    [B("di Chiara Bellotti", "byline")],
    [H["H1a"], H["H1b"]],
    [H["H1c"], H["H1d"], H["H1e"]],
    [H["H1f"], H["H1g"], H["H1h"]],
    [H["H1i"]],
    [H["H1j"], H["H1k"]],
    [H["H1l"], H["H1m"]],
    [H["H1n"], H["H1o"], H["H1p"]],
]

# ---------------------------------------------------------------------------
# HEAVY 2 (Il Quotidiano del Nord) - "Fonte: ANSA"
# ---------------------------------------------------------------------------
heavy2_blocks = [
    [B("Biellese, scure sul lanificio: a casa 340 lavoratori, sciopero venerdì", "headline")],
    [S("Venerdì 13 marzo i dipendenti del Lanificio Ardenzi incroceranno le braccia per otto ore in ogni sede dell'azienda: lo hanno deciso in giornata le federazioni tessili di Cgil, Cisl e Uil.", "rewritten", ["W8"]),
     S("La mobilitazione risponde all'annuncio, diffuso nella mattinata, di 340 tagli su un totale di 1.150 addetti e della chiusura del sito di Cossato, prevista per il 30 giugno.", "rewritten", ["W1"])],
    [S("I rappresentanti dei lavoratori erano stati chiamati in via dei Tessitori, quartier generale dell'impresa fondata nel 1911, con un preavviso di appena qualche ora.", "rewritten", ["W2", "W1"]),
     S("Nello stabilimento di Cossato, secondo i sindacati, lavorano famiglie intere da tre generazioni.")],
    [S("Il conto più pesante lo pagano gli operai della fabbrica di Cossato, 260 in tutto; gli altri 80 posti eliminati sono impieghi d'ufficio a Valle Mosso, fra contabilità e vendite.", "rewritten", ["W6"]),
     S("La direzione giustifica il ridimensionamento con il crollo del 18% registrato in due anni dal segmento dei tessuti di lusso: l'a.d. Marco Tealdi ha parlato di costi fissi ormai fuori portata.", "rewritten", ["W4"]),
     S("Lo scorso esercizio si è chiuso con 9,3 milioni di passivo e ricavi scesi a 212 milioni, il 14,5% in meno del 2024.", "rewritten", ["W5"])],
    [S("Una fetta delle collezioni maschili sarà prodotta d'ora in avanti in Romania, a Timișoara, dove il gruppo ha già uno stabilimento.", "rewritten", ["W3"]),
     S("È già partito, inoltre, l'iter per i licenziamenti collettivi previsto dalla normativa del 1991: si apre così una finestra di 75 giorni per negoziare.", "rewritten", ["W7"])],
    [S("Per Silvia Boccardo, numero uno della Filctem-Cgil in provincia, la scelta è «inaccettabile» e va revocata: chi ha goduto di aiuti pubblici, ha sostenuto, non può trasferire la produzione all'estero.", "rewritten", ["W10", "W12"]),
     S("La sindacalista ha quantificato in più di 4 milioni gli incentivi per l'ammodernamento delle linee ottenuti dall'azienda nell'ultimo triennio.", "rewritten", ["W11"]),
     S("Nel pomeriggio alcuni lavoratori si sono radunati spontaneamente all'uscita del turno, davanti alla portineria di Cossato.")],
    [S("Dalla Regione Piemonte l'assessore al Lavoro Franco Morandini ha garantito disponibilità su formazione e sostegni al reddito, chiedendo però all'impresa di fermare la procedura e di trattare; la giunta ha inoltre sollecitato un confronto urgente a livello ministeriale.", "rewritten", ["W15", "W13"]),
     S("La data indicata è giovedì 19 marzo, a Roma.", "rewritten", ["W14"])],
    [S("Il distretto laniero biellese esporta oltre il 60% della propria produzione, in gran parte verso Germania, Stati Uniti e Cina."),
     S("Da parte dell'azienda, per ora, nessun commento sulle richieste dei sindacati.")],
    [B("Fonte: ANSA", "credit")],
]

# ---------------------------------------------------------------------------
# HEAVY 3 (Torino Sera) - "(con ANSA)"
# ---------------------------------------------------------------------------
heavy3_blocks = [
    [B("Caso Ardenzi, la Regione: aiuti solo se si fermano i licenziamenti", "headline")],
    [B("di Luca Pavese", "byline"), B("(con ANSA)", "credit")],
    [S("La Regione Piemonte è disposta a finanziare riqualificazione professionale e sostegni al reddito per i dipendenti del Lanificio Ardenzi, ma solo se l'azienda metterà in pausa i licenziamenti e accetterà il negoziato: è la posizione espressa dall'assessore con delega al Lavoro, Franco Morandini.", "rewritten", ["W15"]),
     S("Da Torino è partita anche la richiesta al governo di aprire al più presto un tavolo di crisi sulla vertenza.", "rewritten", ["W13"]),
     S("La riunione, stando alle prime indicazioni, si terrà a Roma il 19 marzo, un giovedì.", "rewritten", ["W14"])],
    [S("Il dossier Ardenzi si aggiunge alle altre crisi industriali seguite in questi mesi dall'assessorato, dall'automotive alla componentistica.")],
    [S("La società laniera, attiva dal 1911, ha comunicato che 340 dei suoi 1.150 lavoratori sono in eccedenza: 260 sono operai dello stabilimento di Cossato, destinato a chiudere entro fine giugno, e 80 sono impiegati di Valle Mosso.", "rewritten", ["W1", "W6"]),
     S("I sindacati hanno appreso la notizia in una riunione fissata all'ultimo momento nel quartier generale biellese.", "rewritten", ["W2"])],
    [S("Dietro la decisione c'è lo spostamento di una parte delle produzioni di abbigliamento maschile verso l'impianto romeno di Timișoara, motivato dall'ad Marco Tealdi con una contrazione del 18% della domanda di alta gamma in due anni e con costi fissi definiti non più sopportabili.", "rewritten", ["W3", "W4"]),
     S("Nel 2025 il fatturato è sceso a 212 milioni di euro (-14,5%) e i conti hanno segnato un rosso di 9,3 milioni.", "rewritten", ["W5"]),
     S("È stata inoltre aperta la procedura disciplinata dalla legge 223/1991 sui licenziamenti collettivi, con 75 giorni a disposizione per un accordo.", "rewritten", ["W7"])],
    [S("Le federazioni di categoria di Cgil, Cisl e Uil hanno indetto uno sciopero di otto ore per venerdì 13 marzo, con un presidio all'ingresso della fabbrica di Cossato dalle sei.", "rewritten", ["W8", "W9"]),
     S("Silvia Boccardo, segretaria biellese della Filctem-Cgil, ha parlato di una scelta inaccettabile, imposta senza discussione, e ha ricordato che l'impresa ha ottenuto nell'ultimo triennio più di 4 milioni di fondi pubblici per rinnovare gli impianti, sostenendo che chi li ha ricevuti non può ora delocalizzare.", "rewritten", ["W10", "W11", "W12"])],
    [S("In serata i consiglieri regionali di opposizione hanno depositato un'interrogazione per chiedere quali controlli siano stati fatti sull'uso dei contributi pubblici."),
     S("Una mozione analoga sarà presentata in consiglio comunale a Biella.")],
    [S("Nel Biellese lavorano ancora nel tessile circa 9.000 persone, un terzo in meno rispetto al 2008.", "rewritten", ["W16"]),
     S("Le associazioni artigiane del territorio hanno espresso preoccupazione per le ricadute sull'indotto, che conta decine di piccole tintorie e filature.")],
]

# ---------------------------------------------------------------------------
# SECOND GENERATION (Mercati e Territori) - copied from HEAVY 1
# ---------------------------------------------------------------------------
def V(k):
    return S(H[k]["text"], "verbatim", [k])


second_blocks = [
    [B("Lanificio Ardenzi, la crisi del lusso tessile costa 340 posti", "headline")],
    [V("H1a"),
     S("A più di cento anni dalla fondazione, il Lanificio Ardenzi si prepara a ridurre la forza lavoro: su 1.150 addetti, 340 sono stati dichiarati in eccedenza, mentre il sito produttivo di Cossato chiuderà entro la fine di giugno.", "rewritten", ["H1b"])],
    [V("H1d"), V("H1e"),
     S("Nel 2025 i ricavi si sono fermati a 212 milioni, con una flessione del 14,5% sui dodici mesi precedenti, e il bilancio si è chiuso in rosso per 9,3 milioni.", "rewritten", ["H1c"])],
    [S("Il taglio colpisce soprattutto la fabbrica: 260 operai a Cossato, più 80 impiegati tra amministrazione e area commerciale a Valle Mosso.", "rewritten", ["H1f"]),
     V("H1h")],
    [S("La risposta sindacale non si è fatta attendere: le categorie di Cgil, Cisl e Uil fermeranno per otto ore tutti i siti dell'azienda venerdì 13 marzo, con un presidio dalle sei davanti alla fabbrica di Cossato.", "rewritten", ["H1i"]),
     V("H1j"), V("H1k")],
    [S("Anche la giunta piemontese si è mossa, chiedendo un tavolo di crisi al dicastero delle Imprese, atteso a Roma il 19 marzo.", "rewritten", ["H1l"]),
     V("H1m"), V("H1o")],
    [S("Sulla vicenda potrebbe intervenire nei prossimi giorni anche il consiglio regionale.")],
]

# ---------------------------------------------------------------------------
# PARTIAL 1 (Nord Economia) - district analysis, in-body credit
# ---------------------------------------------------------------------------
partial1_blocks = [
    [B("Il distretto della lana alla prova della frenata del lusso", "headline")],
    [B("di Andrea Villata", "byline")],
    [S("Per decenni il Biellese è stato sinonimo di tessuti pregiati, dai lanifici che vestivano le grandi sartorie di Milano e Londra alle filature che lavoravano le fibre più rare."),
     S("Oggi il distretto attraversa una delle fasi più difficili dalla crisi finanziaria del 2008.")],
    [S("Nel 2025, secondo le stime delle associazioni di categoria, le esportazioni di tessuti di lana del territorio sono diminuite di circa il 9%, con cali più marcati verso la Cina e il Regno Unito."),
     S("A pesare sono il rallentamento dei consumi di lusso e il costo dell'energia, che per le tintorie e i finissaggi resta superiore ai livelli precedenti al 2022.")],
    [S("Il caso più eclatante è quello del Lanificio Ardenzi, che martedì, riferisce l'ANSA, ha annunciato 340 esuberi su 1.150 dipendenti e la chiusura entro il 30 giugno dello stabilimento di Cossato.", "rewritten", ["W1"]),
     S("«Il mercato dei tessuti di alta gamma si è ridotto del 18% in due anni», aveva spiegato l'amministratore delegato Marco Tealdi, motivando la scelta con costi fissi non più sostenibili.", "rewritten", ["W4"]),
     S("I sindacati hanno risposto proclamando otto ore di sciopero per venerdì 13 marzo in tutti gli stabilimenti del gruppo.", "rewritten", ["W8"])],
    [S("Nel Biellese il tessile occupa ancora circa 9.000 addetti, quasi un terzo in meno rispetto al 2008.", "rewritten", ["W16"]),
     S("Non tutte le aziende, però, arretrano."),
     S("Alcuni lanifici di dimensioni medie hanno puntato sulle fibre riciclate e sulla tracciabilità, conquistando commesse nel segmento dell'abbigliamento tecnico.")],
    [S("«Chi ha investito in sostenibilità e in servizi al cliente regge meglio», osserva Elena Corradino, economista dell'Università del Piemonte Orientale che studia i distretti industriali."),
     S("Secondo Corradino, la vera incognita è il ricambio generazionale: in molte imprese mancano tecnici specializzati e i giovani preferiscono lasciare la valle."),
     S("Per le istituzioni locali la partita si giocherà soprattutto sulla formazione e sull'attrazione di nuovi investimenti.")],
]

# ---------------------------------------------------------------------------
# PARTIAL 2 (Lavoro e Diritti) - explainer on collective dismissals, not credited
# ---------------------------------------------------------------------------
partial2_blocks = [
    [B("Licenziamenti collettivi: come funziona la procedura e quali tutele per i lavoratori", "headline")],
    [S("Quando un'azienda con più di quindici dipendenti intende ridurre il personale di almeno cinque unità nell'arco di 120 giorni, deve seguire un percorso preciso fissato dalla legge."),
     S("La procedura si apre con una comunicazione scritta alle rappresentanze sindacali aziendali e alle rispettive associazioni di categoria, in cui l'impresa deve indicare i motivi dell'eccedenza, il numero e i profili professionali coinvolti.")],
    [S("È quanto avvenuto nei giorni scorsi al Lanificio Ardenzi di Biella, che ha avviato l'iter previsto dalla legge 223 del 1991 per 340 lavoratori: 260 operai dello stabilimento di Cossato e 80 impiegati di Valle Mosso.", "rewritten", ["W7", "W6"])],
    [S("Dalla comunicazione decorrono 45 giorni di esame congiunto in sede sindacale; se non si raggiunge un accordo, la trattativa prosegue per altri 30 giorni davanti alla Regione o, nei casi più ampi, al ministero del Lavoro."),
     S("In tutto, quindi, la fase di confronto dura fino a 75 giorni, un termine che nel caso Ardenzi scadrà verso la fine di maggio.", "rewritten", ["W7"])],
    [S("Durante questo periodo le parti possono concordare strumenti alternativi ai licenziamenti, come i contratti di solidarietà, la cassa integrazione straordinaria o incentivi all'esodo volontario."),
     S("I criteri di scelta dei lavoratori da licenziare, in assenza di accordo, sono fissati dalla legge: carichi di famiglia, anzianità ed esigenze tecnico-produttive.")],
    [S("Anche per questo la Regione Piemonte ha chiesto di portare la vertenza a un tavolo al ministero delle Imprese e del made in Italy, atteso a Roma giovedì 19 marzo.", "rewritten", ["W13", "W14"]),
     S("I sindacati contestano inoltre all'azienda di aver ricevuto, negli ultimi tre anni, oltre 4 milioni di euro di contributi pubblici per l'innovazione.", "rewritten", ["W11"])],
    [S("Su questo punto la normativa nazionale prevede in alcuni casi la revoca dei benefici per le imprese che delocalizzano dopo aver ottenuto aiuti pubblici, ma l'applicazione concreta dipende dai singoli bandi."),
     S("I lavoratori licenziati al termine della procedura hanno diritto alla Naspi, l'indennità di disoccupazione, per un periodo che dipende dai contributi versati negli ultimi quattro anni.")],
]

# ---------------------------------------------------------------------------
# TRANSLATION (Italy Business Daily, English)
# ---------------------------------------------------------------------------
transl_blocks = [
    [B("Italian wool maker Lanificio Ardenzi to cut 340 jobs, shut Cossato plant", "headline")],
    [S("Lanificio Ardenzi, a textile company founded in Biella in 1911, announced on Tuesday 340 redundancies out of a workforce of 1,150 and the closure of its Cossato plant by June 30, the Italian news agency ANSA reported.", "rewritten", ["W1"]),
     S("Unions were informed at a meeting called at a few hours’ notice at the company’s headquarters in Biella.", "rewritten", ["W2"])],
    [S("Under the plan, part of the production of menswear fabrics will be moved to the group’s plant in Timișoara, Romania.", "rewritten", ["W3"]),
     S("“The market for high-end fabrics has shrunk by 18% in two years and we can no longer sustain fixed costs at this level,” chief executive Marco Tealdi said.", "rewritten", ["W4"])],
    [S("The group closed 2025 with revenue of 212 million euros, down 14.5% on the previous year, and a net loss of 9.3 million.", "rewritten", ["W5"]),
     S("Of the 340 job cuts, 260 concern blue-collar workers in Cossato and 80 office staff in Valle Mosso.", "rewritten", ["W6"]),
     S("The company has already started the collective dismissal procedure under Italian law, which opens a 75-day consultation period.", "rewritten", ["W7"])],
    [S("The Filctem-Cgil, Femca-Cisl and Uiltec-Uil unions called an eight-hour strike at all of the group’s sites for Friday, March 13, with a picket at the Cossato gates from 6 a.m.", "rewritten", ["W8", "W9"]),
     S("“This is an unacceptable decision, taken without any prior consultation with workers: we demand the immediate withdrawal of the procedure,” said Silvia Boccardo, provincial secretary of Filctem-Cgil in Biella.", "rewritten", ["W10"]),
     S("She said the company had received more than 4 million euros in public funding over the past three years to upgrade its machinery, adding that those who took public money “cannot relocate as if nothing had happened”.", "rewritten", ["W11", "W12"])],
    [S("The Piedmont regional government has asked for an urgent meeting at the Ministry of Enterprises and Made in Italy, expected to take place in Rome on Thursday, March 19.", "rewritten", ["W13", "W14"]),
     S("“We are ready to provide training and social safety nets, but the company must suspend the layoffs and come to the table,” said regional labour councillor Franco Morandini.", "rewritten", ["W15"])],
    [S("The textile sector still employs around 9,000 people in the Biella area, but has lost nearly a third of its jobs since 2008.", "rewritten", ["W16"])],
]

# ---------------------------------------------------------------------------
# HARD NEGATIVE 1 (Il Cronista Biellese) - published BEFORE the wire
# ---------------------------------------------------------------------------
hn1_blocks = [
    [B("Ardenzi, doccia fredda in via dei Tessitori: 340 posti a rischio, Cossato verso lo stop", "headline")],
    [S("È uscita scura in volto, poco dopo le 10, la delegazione sindacale convocata d'urgenza dai vertici del Lanificio Ardenzi."),
     S("Ai rappresentanti dei lavoratori la proprietà ha illustrato un piano che prevede 340 eccedenze di personale, a fronte di una forza lavoro complessiva di 1.150 persone.")],
    [S("Il sito di Cossato, aperto negli anni Sessanta, smetterà di produrre alla fine di giugno, il 30."),
     S("I tagli toccheranno 260 addetti alla produzione cossatese e altri 80 tra amministrativi e commerciali della palazzina di Valle Mosso."),
     S("Una parte delle lavorazioni per la linea uomo traslocherà nella fabbrica romena che l'azienda controlla a Timișoara.")],
    [S("«Non è una scelta presa a cuor leggero: in ventiquattro mesi la domanda nel nostro segmento è scesa del 18%, e dobbiamo rimettere in equilibrio i conti», si legge in una nota firmata da Marco Tealdi, che guida la società come amministratore delegato."),
     S("L'ultimo bilancio, quello del 2025, riporta ricavi per 212 milioni, giù del 14,5%, e un passivo pari a 9,3 milioni.")],
    [S("«Ci hanno chiamati con un preavviso ridicolo per comunicarci una decisione già presa: non la accetteremo», ha detto all'uscita Silvia Boccardo, che è a capo della Filctem-Cgil biellese."),
     S("Le tre sigle tessili confederali hanno già annunciato uno stop di otto ore: si sciopera venerdì 13 marzo e dalle 6 ci sarà un presidio davanti alla portineria."),
     S("Franco Morandini, che in giunta regionale ha la delega al Lavoro, raggiunto al telefono ha detto di voler «chiedere subito un tavolo a Roma» e di aver già sentito la proprietà.")],
    [B("Notizia in aggiornamento.", "footer")],
]

# ---------------------------------------------------------------------------
# HARD NEGATIVE 2 (Il Giornale del Lavoro) - ANSA photo credit only
# ---------------------------------------------------------------------------
hn2_blocks = [
    [B("Ardenzi, la Cgil: «Soldi pubblici e poi via in Romania, non lo permetteremo»", "headline")],
    [B("Foto: ANSA", "photo_credit")],
    [B("di Marta Sella", "byline")],
    [S("Silvia Boccardo guida la Filctem-Cgil di Biella da quattro anni e dice di non aver mai vissuto una giornata come questa."),
     S("«Stamattina ci hanno messo davanti a un foglio con 340 posti da cancellare, senza uno straccio di discussione», racconta al telefono.")],
    [S("Il Lanificio Ardenzi, 1.150 dipendenti e una storia che parte dal 1911, ha deciso di spegnere a fine giugno la fabbrica di Cossato, dove si concentrano 260 dei 340 esuberi, e di ridurre di 80 unità il personale impiegatizio di Valle Mosso."),
     S("Per la sindacalista il punto più grave riguarda i soldi ricevuti: 4 milioni abbondanti di denaro pubblico nell'ultimo triennio, pensati per rinnovare i telai."),
     S("«Se prendi i soldi dei contribuenti per modernizzare le macchine, poi non puoi portare il lavoro a Timișoara», insiste.")],
    [S("Venerdì 13 marzo le tre sigle di categoria bloccheranno per otto ore ogni reparto del gruppo; il picchetto a Cossato comincerà alle 6."),
     S("Marco Tealdi, amministratore delegato dell'azienda, in una lettera inviata ai dipendenti nel pomeriggio ha definito la chiusura «una scelta dolorosa ma obbligata», dopo che le vendite nell'alta gamma sono calate del 18% nell'arco di due anni.")],
    [S("«Metteremo sul piatto formazione e cassa integrazione, ma la procedura va congelata», ha replicato dalla Regione l'assessore Franco Morandini, che giovedì 19 marzo siederà al tavolo convocato a Roma."),
     S("Boccardo non esclude altre iniziative: «Se non ci ascoltano, porteremo la protesta sotto il palazzo della Regione, a Torino».")],
]

# ---------------------------------------------------------------------------
# HARD NEGATIVE 3 (Filo Diretto Tessile) - trade press
# ---------------------------------------------------------------------------
hn3_blocks = [
    [B("Ardenzi ridisegna la produzione: 340 uscite e un polo in Romania", "headline")],
    [S("Il Lanificio Ardenzi, tra i nomi storici della lana pettinata biellese, ha presentato martedì 10 marzo un piano di riorganizzazione che prevede 340 esuberi su una forza lavoro di 1.150 persone."),
     S("Il cuore del progetto è il trasferimento di una parte delle collezioni uomo nella fabbrica di proprietà a Timișoara, dove il costo orario della manodopera è circa un quarto di quello italiano.")],
    [S("Di conseguenza il sito di Cossato, con i suoi 260 operai, fermerà i telai il 30 giugno; altri 80 tagli interesseranno il personale commerciale e amministrativo a Valle Mosso."),
     S("«Il cliente del lusso compra meno e chiede prezzi più bassi: in un biennio abbiamo visto sparire il 18% del mercato», ha detto Marco Tealdi, amministratore delegato, in un incontro con la stampa di settore.")],
    [S("I ricavi 2025 si sono attestati a 212 milioni, in discesa del 14,5% su base annua, con una perdita di 9,3 milioni a chiudere l'esercizio."),
     S("Secondo gli operatori, il 2026 si è aperto con ordini ancora deboli per la stagione autunno-inverno.")],
    [S("Sul fronte sindacale Silvia Boccardo (Filctem-Cgil) ha ribadito che l'azienda «ha incassato soldi pubblici, ben oltre 4 milioni nel giro di tre anni, e ora scarica i costi sui lavoratori»."),
     S("Lo sciopero di otto ore è confermato per venerdì 13, mentre la Regione Piemonte ha ottenuto la convocazione di un tavolo ministeriale per il 19 marzo."),
     S("«Servono garanzie sul futuro degli altri siti piemontesi», ha aggiunto l'assessore Franco Morandini.")],
    [S("Nel distretto, che conta ancora circa 9.000 occupati nel tessile, si teme un effetto domino sulle aziende terziste.")],
]

# ---------------------------------------------------------------------------
# HARD NEGATIVE 4 (Piemonte24) - reportage from Cossato
# ---------------------------------------------------------------------------
hn4_blocks = [
    [B("Cossato, il giorno dopo l'annuncio: «Qui il lanificio è una famiglia»", "headline")],
    [S("Davanti alla portineria dello stabilimento Ardenzi di Cossato, mercoledì mattina, i capannelli di operai si sono formati già all'alba."),
     S("Sono 260 quelli che qui perderebbero il posto se il piano annunciato martedì venisse confermato: l'azienda ha comunicato 340 esuberi complessivi su 1.150 dipendenti, compresi 80 amministrativi della sede valligiana, e lo stop del sito entro il 30 giugno.")],
    [S("«Mio padre lavorava qui, mia figlia è entrata due anni fa», racconta un'operaia del reparto finissaggio che preferisce non dire il nome."),
     S("In un messaggio al personale, Marco Tealdi, che guida l'azienda come amministratore delegato, ha scritto che «il crollo del 18% nelle vendite di fascia alta non lascia alternative».")],
    [S("Silvia Boccardo, leader provinciale della Filctem-Cgil, è passata a salutare i lavoratori e ha ripetuto che il sindacato non firmerà «nessun accordo che parta dai licenziamenti»."),
     S("Per lo sciopero di otto ore di venerdì 13 marzo il presidio comincerà alle 6, e il sindaco di Cossato, Giorgio Ramella, ha annunciato che sarà presente.")],
    [S("Franco Morandini, titolare del Lavoro nella giunta piemontese, giovedì 19 marzo sarà al ministero per il confronto con l'azienda: «Chiederemo di ritirare la procedura e di discutere un piano diverso», ha detto."),
     S("Sui social la vicenda ha raccolto migliaia di messaggi di solidarietà, anche da ex dipendenti emigrati all'estero.")],
]

# ---------------------------------------------------------------------------
# EASY NEGATIVE (Gazzetta del Salento) - unrelated
# ---------------------------------------------------------------------------
easy_blocks = [
    [B("Lecce, approvato il piano della mobilità: 14 chilometri di nuove piste ciclabili entro il 2027", "headline")],
    [S("Il consiglio comunale di Lecce ha approvato ieri sera, con 19 voti favorevoli e 11 contrari, il nuovo piano urbano della mobilità sostenibile."),
     S("Il documento prevede 14 chilometri di nuove piste ciclabili, due parcheggi di interscambio alle porte della città e il prolungamento delle corse serali degli autobus fino all'una di notte.")],
    [S("«È un piano che guarda ai prossimi dieci anni e che mette al centro pedoni e ciclisti», ha dichiarato l'assessora alla Mobilità, Daniela Quarta."),
     S("L'opposizione ha criticato la scelta di ridurre i posti auto in superficie nel centro storico, giudicata penalizzante per i commercianti.")],
    [S("Il costo complessivo degli interventi è stimato in 23,4 milioni di euro, in gran parte coperti da fondi europei."),
     S("I primi cantieri, secondo il cronoprogramma, partiranno a settembre sul viale che collega la stazione all'università.")],
]

# ---------------------------------------------------------------------------
# DOCUMENT TABLE (ids in shuffled order)
# ---------------------------------------------------------------------------
DOCS = [
    # id, kind, lang, outlet, published, url-path, blocks, parent-kind, credited, credit_text
    ("ansa_it_d06", "wire", "it", "ANSA", "2026-03-10T13:42:00+01:00",
     "https://www.ansa.example/piemonte/notizie/2026/03/10/tessile-lanificio-ardenzi-340-esuberi-sciopero.html",
     wire_blocks, None, False, None),
    ("ansa_it_d09", "verbatim", "it", "Notiziario Biellese", "2026-03-10",
     "https://www.notiziariobiellese.example/economia/lanificio-ardenzi-340-esuberi",
     verb_blocks, "wire", False, None),
    ("ansa_it_d03", "light", "it", "La Gazzetta del Piemonte", "2026-03-10T15:10:00+01:00",
     "https://www.gazzettadelpiemonte.example/biella/2026/03/10/ardenzi-taglia-340-posti-chiude-cossato",
     light1_blocks, "wire", True, "(ANSA)"),
    ("ansa_it_d11", "drift", "it", "Radio Valle Cervo", "2026-03-10T15:55:00+01:00",
     "https://www.radiovallecervo.example/notizie/lanificio-ardenzi-esuberi-sciopero",
     drift_blocks, "wire", False, None),
    ("ansa_it_d14", "light", "it", "Il Corriere delle Valli", "2026-03-10T16:25:00+01:00",
     "https://www.corrieredellevalli.example/lavoro/ardenzi-340-licenziamenti-cossato",
     light2_blocks, "wire", False, None),
    ("ansa_it_d10", "heavy", "it", "Economia Oggi", "2026-03-10T17:30:00+01:00",
     "https://www.economiaoggi.example/imprese/ardenzi-crisi-lusso-tessile-340-posti",
     heavy1_blocks, "wire", False, None),
    ("ansa_it_d01", "heavy", "it", "Il Quotidiano del Nord", "2026-03-10T18:05:00+01:00",
     "https://www.quotidianodelnord.example/economia/2026/03/10/biellese-scure-sul-lanificio",
     heavy2_blocks, "wire", True, "Fonte: ANSA"),
    ("ansa_it_d17", "hard_negative", "it", "Il Giornale del Lavoro", "2026-03-10T18:50:00+01:00",
     "https://www.giornaledellavoro.example/vertenze/ardenzi-cgil-boccardo-intervista",
     hn2_blocks, None, False, None),
    ("ansa_it_d16", "heavy", "it", "Torino Sera", "2026-03-10T19:40:00+01:00",
     "https://www.torinosera.example/regione/caso-ardenzi-regione-aiuti-licenziamenti",
     heavy3_blocks, "wire", True, "(con ANSA)"),
    ("ansa_it_d12", "translation", "en", "Italy Business Daily", "2026-03-10T20:30:00+01:00",
     "https://www.italybusinessdaily.example/industry/lanificio-ardenzi-cut-340-jobs",
     transl_blocks, "wire", True, "the Italian news agency ANSA reported"),
    ("ansa_it_d08", "hard_negative", "it", "Il Cronista Biellese", "2026-03-10T11:05:00+01:00",
     "https://www.cronistabiellese.example/cronaca/ardenzi-doccia-fredda-340-posti",
     hn1_blocks, None, False, None),
    ("ansa_it_d04", "easy_negative", "it", "Gazzetta del Salento", "2026-03-10T12:30:00+01:00",
     "https://www.gazzettadelsalento.example/lecce/piano-mobilita-piste-ciclabili",
     easy_blocks, None, False, None),
    ("ansa_it_d02", "hard_negative", "it", "Filo Diretto Tessile", "2026-03-11T07:30:00+01:00",
     "https://www.filodirettotessile.example/aziende/ardenzi-riorganizzazione-romania",
     hn3_blocks, None, False, None),
    ("ansa_it_d05", "second_generation", "it", "Mercati e Territori", "2026-03-11T09:15:00+01:00",
     "https://www.mercatieterritori.example/piemonte/ardenzi-crisi-lusso-340-posti",
     second_blocks, "heavy1", False, None),
    ("ansa_it_d13", "hard_negative", "it", "Piemonte24", "2026-03-11T12:00:00+01:00",
     "https://www.piemonte24.example/biella/cossato-giorno-dopo-annuncio-ardenzi",
     hn4_blocks, None, False, None),
    ("ansa_it_d15", "partial", "it", "Nord Economia", "2026-03-12T08:00:00+01:00",
     "https://www.nordeconomia.example/distretti/biella-lana-frenata-lusso",
     partial1_blocks, "wire", True, "riferisce l'ANSA"),
    ("ansa_it_d07", "partial", "it", "Lavoro e Diritti", "2026-03-14T10:20:00+01:00",
     "https://www.lavoroediritti.example/guide/licenziamenti-collettivi-procedura-tutele",
     partial2_blocks, "wire", False, None),
]

WIRE_ID = "ansa_it_d06"
HEAVY1_ID = "ansa_it_d10"
PARENT_IDS = {"wire": WIRE_ID, "heavy1": HEAVY1_ID}
PARENT_TEXTS = {WIRE_ID: W, HEAVY1_ID: {k: v["text"] for k, v in H.items()}}


def assemble(blocks):
    return "\n\n".join(" ".join(s["text"] for s in blk) for blk in blocks)


def main():
    documents, sentences, drift = [], {}, []
    for (did, kind, lang, outlet, pub, url, blocks, pkind, credited, ctext) in DOCS:
        parent = PARENT_IDS.get(pkind) if pkind else None
        text = assemble(blocks)
        title = blocks[0][0]["text"]
        documents.append({"id": did, "kind": kind, "language": lang, "outlet": outlet,
                          "published": pub, "url": url, "title": title, "text": text,
                          "parent": parent, "credited": credited, "credit_text": ctext})
        out = []
        for blk in blocks:
            for s in blk:
                ptexts = [PARENT_TEXTS[parent][k] for k in s["parents"]] if s["parents"] else []
                out.append({"text": s["text"], "label": s["label"], "parents": ptexts,
                            "role": s["role"], "drift": s["drift"]})
                for d in s["drift"]:
                    drift.append({"child": did, "parent": parent, "parent_text": ptexts[0],
                                  "child_text": s["text"], "field": d["field"],
                                  "from": d["from"], "to": d["to"]})
        sentences[did] = out
    documents.sort(key=lambda d: d["id"])
    fam = {"family": FAMILY, "documents": documents,
           "sentences": {k: sentences[k] for k in sorted(sentences)}, "drift": drift}
    with open(os.path.join(HERE, "family.json"), "w", encoding="utf-8") as f:
        json.dump(fam, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote family.json: {len(documents)} documents, "
          f"{sum(len(v) for v in sentences.values())} sentences, {len(drift)} drift entries")


if __name__ == "__main__":
    main()
