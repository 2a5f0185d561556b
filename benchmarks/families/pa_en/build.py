#!/usr/bin/env python3
"""Build family.json (and the document table in README.md)
from the hand-written texts below.

Every sentence is written here once, with what it was derived from:
  hl(text)                       headline (boilerplate, role "headline")
  bp(role, text)                 other boilerplate line (byline, credit, photo_credit, footer)
  own(text, key=None)            the outlet's own sentence (label "original")
  der(parents, text, key=None, drift=None)
                                 a sentence derived from sentences of the parent document;
                                 `parents` are keys of parent sentences. The label is computed:
                                 "verbatim" when it equals its single parent after normalising
                                 quotes and whitespace, otherwise "rewritten".
Sentences of a paragraph are joined by one space, paragraphs by a blank line; the headline is
the first paragraph.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILY = "pa_en"


# ---------------------------------------------------------------- helpers

def hl(text):
    return {"t": "hl", "text": text}


def bp(role, text):
    return {"t": "bp", "role": role, "text": text}


def own(text, key=None):
    return {"t": "own", "text": text, "key": key}


def der(parents, text, key=None, drift=None):
    return {"t": "der", "text": text, "key": key, "parents": list(parents), "drift": drift or []}


QUOTE_MAP = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2033": '"',
}


def norm(s):
    """Normalise quotes, apostrophes and whitespace (the definition of `verbatim`)."""
    for a, b in QUOTE_MAP.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def curl(s):
    """Outlet typography: straight quotes of the PA feed to curly ones."""
    out = []
    for i, ch in enumerate(s):
        if ch == '"':
            prev = s[i - 1] if i else " "
            out.append("\u201c" if (prev.isspace() or prev in "([") else "\u201d")
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- the wire (PA Media)
# PA feed typography: straight quotes and apostrophes, "per cent", "£4.8 million".

W = {
    "W1": "A water company has been fined £4.8 million after untreated sewage poured into a river for 31 hours, killing more than 14,000 fish.",
    "W2": "Valecross Water had pleaded guilty in February to two offences under environmental permitting rules over the spill from its Millbrook Lane pumping station into the River Tessel.",
    "W3": "Brinscombe Crown Court heard that an alarm at the pumping station was triggered 11 times on 19 August 2023, but no engineer was sent until the following morning.",
    "W4": "By then sewage had spread along a six-mile stretch of the river between Brinscombe and Ashcott Mill, turning the water grey and starving it of oxygen.",
    "W5": "Environment Agency officers recovered dead brown trout, bullhead and eels at 23 locations, and scientists estimated the total killed at more than 14,000.",
    "W6": 'Sentencing the company on Wednesday, Judge Helen Marlowe said the failure was "entirely foreseeable" and the result of "a culture of tolerating alarms rather than answering them".',
    "W7": '"A river that had taken decades to recover was poisoned in a single night, and the people who could have stopped it were told and did nothing," she said.',
    "W8": "Valecross was also ordered to pay £212,000 in prosecution costs and has agreed to give £250,000 to the Tessel Rivers Trust for restocking and habitat work.",
    "W9": "The company, which supplies around 1.2 million customers across the West Country, reported an operating profit of £96 million last year.",
    "W10": "Rachel Tinsley, area environment manager for the Environment Agency, said the fine should send a clear message to the whole industry.",
    "W11": '"Our officers were still pulling dead fish out of the Tessel a week after the spill, and anglers who have fished this river all their lives told us they had never seen anything like it," she said.',
    "W12": '"Water companies must understand that a ringing alarm is a warning to act, not a noise to be switched off."',
    "W13": 'Valecross chief executive Martin Hale said the company "deeply regrets" the pollution and accepted the court\'s findings in full.',
    "W14": '"We let down the river and the communities who love it, and we are sorry," he said.',
    "W15": "He said the firm had since spent £3.1 million upgrading the Millbrook Lane site, including backup pumps and a control room staffed 24 hours a day.",
    "W16": "Surveys carried out by the Environment Agency this spring found brown trout numbers in the affected stretch were still around 40 per cent below pre-spill levels.",
    "W17": "The Tessel Rivers Trust said it expected the river to take at least five years to recover fully.",
}
WIRE_PARAS = [
    ["W1", "W2"],
    ["W3", "W4", "W5"],
    ["W6", "W7"],
    ["W8", "W9"],
    ["W10", "W11", "W12"],
    ["W13", "W14", "W15"],
    ["W16", "W17"],
]
WIRE_HEADLINE = "Water company fined £4.8m after sewage spill killed more than 14,000 fish"


def wv(k):
    """A wire sentence kept verbatim, in outlet typography."""
    return der([k], curl(W[k]))


DOCS = []

DOCS.append({
    "key": "wire", "kind": "wire", "outlet": "PA Media",
    "published": "2025-05-14T13:05:00+01:00",
    "url": "https://www.pamedia.example/news/2025/05/14/water-company-fined-sewage-spill-river-tessel",
    "parent": None, "credited": False, "credit_text": None,
    "notes": "Source item. PA feed typography (straight quotes). Byline, no dateline; 17 sentences in 7 paragraphs; quotes from the judge, the Environment Agency and the company.",
    "paras": [[hl(WIRE_HEADLINE)], [bp("byline", "By Tom Aldridge, PA")]]
    + [[own(W[k], key=k) for k in para] for para in WIRE_PARAS],
})

# ---------------------------------------------------------------- verbatim copy
# Paragraph 4 (costs and profits) dropped, byline removed, curly typography, date only.

DOCS.append({
    "key": "verbatim", "kind": "verbatim", "outlet": "Tessel Valley Gazette",
    "published": "2025-05-14",
    "url": "https://www.tesselvalleygazette.example/news/water-company-fined-after-sewage-spill-killed-fish",
    "parent": "wire", "credited": False, "credit_text": None,
    "notes": "Wire copied sentence for sentence with curly quotes and apostrophes; the costs-and-profit paragraph (W8-W9) and the byline dropped; no credit; date only.",
    "paras": [[hl(WIRE_HEADLINE)]]
    + [[wv(k) for k in para] for para in WIRE_PARAS if para != ["W8", "W9"]]
    + [[bp("footer", "Got a story? Email news@tesselvalleygazette.example")]],
})

# ---------------------------------------------------------------- light copy, credited

DOCS.append({
    "key": "lightA", "kind": "light", "outlet": "Wessex Evening Post",
    "published": "2025-05-14T13:48:00+01:00",
    "url": "https://www.wessexpost.example/news/2025/05/14/valecross-water-fined-river-tessel-sewage",
    "parent": "wire", "credited": True, "credit_text": "By Tom Aldridge, PA Media",
    "notes": "Agency byline kept. 11 of 17 wire sentences (65%) with small edits; W7 unchanged; two own sentences about the site and the paper's earlier coverage.",
    "paras": [
        [hl("Valecross Water fined £4.8m over sewage spill that killed 14,000 fish in River Tessel")],
        [bp("byline", "By Tom Aldridge, PA Media")],
        [der(["W1"], "Valecross Water has been fined £4.8 million after untreated sewage poured into the River Tessel for 31 hours, killing more than 14,000 fish."),
         der(["W2"], "The company pleaded guilty in February to two offences under environmental permitting rules over the spill from its Millbrook Lane pumping station.")],
        [der(["W3"], "Brinscombe Crown Court heard an alarm at the pumping station went off 11 times on 19 August 2023, but no engineer was sent out until the next morning."),
         der(["W4"], "By then sewage had spread along six miles of the river between Brinscombe and Ashcott Mill, turning the water grey and starving it of oxygen.")],
        [der(["W6"], "Sentencing on Wednesday, Judge Helen Marlowe said the failure was \u201centirely foreseeable\u201d and the result of \u201ca culture of tolerating alarms rather than answering them\u201d."),
         wv("W7")],
        [der(["W8"], "Valecross must also pay £212,000 in prosecution costs and has agreed to give £250,000 to the Tessel Rivers Trust for restocking and habitat work.")],
        [der(["W10"], "Rachel Tinsley, the Environment Agency\u2019s area environment manager, said the fine should send a clear message to the whole water industry."),
         der(["W12"], "\u201cWater companies must understand that a ringing alarm is a warning to act, not a noise to be switched off,\u201d she said.")],
        [der(["W13"], "Valecross chief executive Martin Hale said the company \u201cdeeply regrets\u201d the pollution and accepts the court\u2019s findings in full."),
         der(["W15"], "He said £3.1 million had since been spent upgrading the Millbrook Lane site, including backup pumps and a control room staffed 24 hours a day.")],
        [own("The Millbrook Lane pumping station sits on the edge of Brinscombe, less than half a mile from the town\u2019s playing fields."),
         own("The Evening Post first reported the fish deaths in August 2023 after readers sent in photographs of dead trout near Ashcott Mill.")],
    ],
})

# ---------------------------------------------------------------- light copy, uncredited

DOCS.append({
    "key": "lightB", "kind": "light", "outlet": "Brinscombe Now",
    "published": "2025-05-14T14:20:00+01:00",
    "url": "https://www.brinscombenow.example/2025/05/14/sewage-spill-river-tessel-valecross-fine",
    "parent": "wire", "credited": False, "credit_text": None,
    "notes": "No credit. 11 of 17 wire sentences (65%) with small edits (\u00a3m, %, trims); W11 unchanged; two own sentences about the riverside path.",
    "paras": [
        [hl("Sewage spill that killed 14,000 fish in River Tessel costs Valecross Water £4.8m")],
        [der(["W1"], "A water company has been fined £4.8m after raw sewage poured into the River Tessel for 31 hours, killing more than 14,000 fish."),
         own("Many Brinscombe families walk the riverside path at Ashcott Mill, where dead fish were seen floating for days after the spill.")],
        [der(["W3"], "The court heard an alarm at the Millbrook Lane pumping station was triggered 11 times on 19 August 2023, but no engineer was sent until the following morning."),
         der(["W5"], "Environment Agency officers recovered dead brown trout, bullhead and eels at 23 spots along the river, and scientists put the total killed at more than 14,000.")],
        [der(["W6"], "Judge Helen Marlowe, sentencing at Brinscombe Crown Court on Wednesday, said the failure was \u201centirely foreseeable\u201d."),
         der(["W7"], "\u201cA river that had taken decades to recover was poisoned in a single night,\u201d she said.")],
        [der(["W9"], "Valecross, which supplies around 1.2 million customers across the West Country, made an operating profit of £96 million last year.")],
        [der(["W10"], "Rachel Tinsley, from the Environment Agency, said the fine should send a clear message to the industry."),
         wv("W11")],
        [der(["W14"], "Chief executive Martin Hale said: \u201cWe let down the river and the communities who love it, and we are sorry.\u201d")],
        [der(["W16"], "Environment Agency surveys this spring found brown trout numbers in the affected stretch were still about 40% below pre-spill levels."),
         der(["W17"], "The Tessel Rivers Trust expects the river to take at least five years to recover."),
         own("Brinscombe Now has asked Valecross Water whether warning signs about water quality will go up along the riverside path.")],
    ],
})

# ---------------------------------------------------------------- heavy rewrite 1 (uncredited, photo credit only)
H = {
    "H1": der(["W1"], "Valecross Water has been handed a £4.8m fine for a sewage discharge that ran unchecked into the River Tessel for 31 hours and left upwards of 14,000 fish dead."),
    "H2": own("It is one of the largest penalties handed to a regional water supplier this decade."),
    "H3": der(["W3", "W2"], "On 19 August 2023 an alarm at the firm\u2019s Millbrook Lane pumping station sounded on 11 separate occasions."),
    "H4": der(["W3"], "Nobody was sent out to investigate until the next day, the court was told."),
    "H5": der(["W4"], "By that point the discharge had reached six miles downstream, from Brinscombe to Ashcott Mill, leaving the water grey and without enough oxygen for fish to breathe."),
    "H6": der(["W5"], "Officers from the Environment Agency found dead eels, bullhead and brown trout at 23 different points along the bank."),
    "H7": der(["W6"], "Judge Helen Marlowe told the company the failure could have been foreseen, blaming a workplace where alarms were tolerated instead of answered."),
    "H8": der(["W7"], "She said decades of recovery on the river had been undone overnight by staff who were warned and failed to act."),
    "H9": der(["W10", "W12"], "The Environment Agency\u2019s Rachel Tinsley said the case should warn every water company that an alarm demands action and must never simply be silenced."),
    "H10": der(["W11"], "Her officers were still removing dead fish a week later, she said, and lifelong anglers had told them they had seen nothing like it."),
    "H11": der(["W13", "W14"], "Martin Hale, the chief executive of Valecross, apologised to people living along the river and said the firm accepted every finding the court had made."),
    "H12": der(["W15"], "The company says it has put £3.1m into the Millbrook Lane site since the spill, adding standby pumps and round-the-clock staff in its control room."),
    "H13": der(["W8"], "On top of the fine, Valecross must cover £212,000 of prosecution costs and will give the Tessel Rivers Trust £250,000 for fish restocking and habitat improvements."),
    "H14": der(["W9"], "Valecross, whose 1.2 million customers are spread across the West Country, made £96m in operating profit last year."),
    "H15": own("Campaigners have long argued that penalties of this size look small beside the profits water companies make."),
    "H16": der(["W16", "W17"], "This spring\u2019s surveys found brown trout in the stretch still about 40 per cent down on their numbers before the spill, and the Tessel Rivers Trust thinks a full recovery will take five years or more."),
    "H17": own("The industry regulator is expected to consider whether the incident should count against the company\u2019s performance rating."),
    "H18": own("The National Ledger asked Valecross whether any staff had been disciplined over the missed alarms, but the company did not respond."),
}
H_HEADLINE = "Valecross Water hit with £4.8m penalty for poisoning Tessel with sewage"
H_PARAS = [["H1", "H2"], ["H3", "H4", "H5"], ["H6"], ["H7", "H8"], ["H9", "H10"], ["H11", "H12"],
           ["H13", "H14", "H15"], ["H16"], ["H17", "H18"]]
for k, s in H.items():
    s["key"] = k

DOCS.append({
    "key": "heavy1", "kind": "heavy", "outlet": "The National Ledger",
    "published": "2025-05-14T15:10:00+01:00",
    "url": "https://www.nationalledger.example/uk/2025/may/14/valecross-water-fine-river-tessel-sewage",
    "parent": "wire", "credited": False, "credit_text": None,
    "notes": "Source hidden: no credit, the agency only in the photo credit line. Every wire fact paraphrased, split (W3) or merged (W10+W12, W13+W14, W16+W17), reordered; four own sentences.",
    "paras": [[hl(H_HEADLINE)], [bp("photo_credit", "Photo: PA")]] + [[H[k] for k in p] for p in H_PARAS],
})

# ---------------------------------------------------------------- second generation (copied from heavy1)

def hv(k):
    return der([k], H[k]["text"])


DOCS.append({
    "key": "second", "kind": "second_generation", "outlet": "Daily Roundup UK",
    "published": "2025-05-14T18:20:00+01:00",
    "url": "https://www.dailyroundup.example/uk-news/valecross-water-fine-tessel-sewage-4-8m",
    "parent": "heavy1", "credited": False, "credit_text": None,
    "notes": "Aggregator copy of The National Ledger (heavy1): keeps its wording, its own sentences (record-penalty line, campaigners, the unanswered question) and its 'Photo: PA' line; small edits; drops the regulator sentence.",
    "paras": [
        [hl("Valecross Water hit with £4.8m fine for poisoning River Tessel with sewage")],
        [bp("photo_credit", "Photo: PA")],
        [der(["H1"], "Valecross Water has been handed a £4.8m fine for a sewage discharge that ran unchecked into the River Tessel for 31 hours, leaving over 14,000 fish dead."),
         hv("H2")],
        [hv("H3"),
         der(["H4"], "Nobody was sent out to investigate until the following day, the court was told."),
         hv("H5")],
        [hv("H6")],
        [der(["H7"], "Judge Helen Marlowe told Valecross the failure could have been foreseen, blaming a workplace where alarms were tolerated instead of answered."),
         hv("H8")],
        [hv("H9"),
         der(["H10"], "Her officers were still removing dead fish a week later, she added, and lifelong anglers had told them they had seen nothing like it.")],
        [hv("H11"),
         der(["H12"], "The company says it has put £3.1m into the Millbrook Lane site since the spill, adding standby pumps and putting round-the-clock staff in its control room.")],
        [hv("H13"), hv("H14"), hv("H15")],
        [hv("H16")],
        [der(["H18"], "Valecross did not respond when asked whether any staff had been disciplined over the missed alarms.")],
    ],
})

# ---------------------------------------------------------------- heavy rewrite 2 (credited at the foot)

DOCS.append({
    "key": "heavy2", "kind": "heavy", "outlet": "Green Shift",
    "published": "2025-05-14T16:45:00+01:00",
    "url": "https://www.greenshift.example/rivers/tessel-trout-valecross-fine",
    "parent": "wire", "credited": True, "credit_text": "Additional reporting by PA Media",
    "notes": "Environmental site. Opens on the trout surveys (W16), merges W1+W2, W3+W4, W5+W1, W10+W11, W13+W15; own sentences give a campaign group's reaction and river context; credited at the foot.",
    "paras": [
        [hl("Trout still missing from the Tessel as Valecross pays £4.8m for sewage disaster")],
        [der(["W16", "W4"], "Nearly two years after sewage turned the River Tessel grey, brown trout in the worst-hit reach remain some 40 per cent scarcer than they were, according to Environment Agency counts made this spring."),
         der(["W1", "W2", "W6"], "On Wednesday the company responsible, Valecross Water, was fined £4.8m at Brinscombe Crown Court, having admitted two environmental permitting offences in February.")],
        [own("For the people who fish and swim in the Tessel, the sum will matter less than what happens to the river next."),
         own("The Tessel is one of the few chalk-fed rivers in the region where wild brown trout still breed.")],
        [der(["W3", "W4"], "The court was told that on 19 August 2023 an alarm at a pumping station in Millbrook Lane sounded 11 times and was left unanswered overnight, while the sewage crept six miles downstream to Ashcott Mill."),
         der(["W5", "W1"], "Dead eels, bullhead and brown trout turned up at 23 sites, and the final estimate put the death toll above 14,000 fish.")],
        [der(["W6"], "Judge Helen Marlowe described the failure as entirely foreseeable, the product of a culture in which alarms were tolerated rather than answered.")],
        [der(["W10", "W11"], "Rachel Tinsley of the Environment Agency said her team were still retrieving dead fish a week on, and that anglers with a lifetime on the river had never witnessed anything similar."),
         der(["W12"], "Water companies, she added, needed to treat a sounding alarm as a call to act rather than a nuisance to be silenced.")],
        [der(["W8"], "Alongside the fine, Valecross was told to meet costs of £212,000 and has promised the Tessel Rivers Trust £250,000 towards restocking and habitat projects."),
         der(["W17"], "The trust believes it will be at least five years before the river is fully healthy again.")],
        [der(["W13", "W15"], "Martin Hale, chief executive of Valecross, said the firm was deeply sorry and had spent £3.1m since the spill on backup pumps and a round-the-clock control room at Millbrook Lane."),
         der(["W9"], "Valecross, which made £96m in operating profit last year, serves about 1.2 million customers.")],
        [own("Local campaign group Save the Tessel said the penalty should be ring-fenced for the river rather than paid into the Treasury."),
         own("Its chair, Priya Nandra, said residents would judge the company by whether the trout came back, not by what it spent on pumps.")],
        [bp("credit", "Additional reporting by PA Media")],
    ],
})

# ---------------------------------------------------------------- heavy rewrite 3 (business angle, uncredited)

DOCS.append({
    "key": "heavy3", "kind": "heavy", "outlet": "Southwest Business Daily",
    "published": "2025-05-15T07:30:00+01:00",
    "url": "https://www.swbusinessdaily.example/utilities/valecross-investor-questions-pollution-fine",
    "parent": "wire", "credited": False, "credit_text": None,
    "notes": "Business angle, no credit and no photo. Costs merged into a total (W1+W8), wire facts reordered under market context; own sentences on the share price, an analyst and the coming results.",
    "paras": [
        [hl("Valecross faces investor questions after £4.8m pollution fine")],
        [der(["W1", "W8"], "The total cost to Valecross Water of a 2023 sewage spill into the River Tessel has passed £5.2m, after a judge fined the company £4.8m on Wednesday."),
         der(["W8"], "On top of the penalty come £212,000 of prosecution costs, while the Tessel Rivers Trust will receive £250,000 from the company for restocking.")],
        [der(["W9"], "The sums are modest beside the £96m operating profit Valecross reported last year, but analysts said the damage to its reputation could prove more costly."),
         own("Shares in its parent, Mereside Utilities Holdings, closed 2.1 per cent lower on Wednesday after the sentencing.")],
        [own("Lena Voss, a utilities analyst at Carrick Stanmore, said lenders were increasingly asking water companies about the risk of pollution penalties."),
         own("\u201cInvestors used to treat these fines as a rounding error, but that is no longer the case,\u201d she said.")],
        [der(["W3"], "At the hearing at Brinscombe Crown Court, prosecutors said an alarm at the Millbrook Lane pumping station had gone off 11 times in one day, on 19 August 2023, without anyone attending until the next morning."),
         der(["W4", "W5"], "The discharge spread six miles to Ashcott Mill and killed eels, bullhead and brown trout along the way.")],
        [der(["W6"], "Judge Helen Marlowe called the failure entirely foreseeable and criticised what she described as a culture of putting up with alarms instead of responding to them.")],
        [der(["W13", "W15"], "Martin Hale, the chief executive, said Valecross accepted the ruling and had invested £3.1m at the site since 2023, including standby pumps and a permanently staffed control room."),
         der(["W10", "W12"], "Rachel Tinsley, of the Environment Agency, warned the wider sector that alarms exist to be acted upon.")],
        [der(["W16"], "Environment Agency fish counts this spring showed trout in the affected reach remain about 40 per cent below where they were before the spill."),
         own("Valecross is due to publish its annual results next month, when investors are expected to press the board on its environmental record.")],
    ],
})

# ---------------------------------------------------------------- drift (three changed facts)

DOCS.append({
    "key": "drift", "kind": "drift", "outlet": "Morning Clarion",
    "published": "2025-05-14T14:55:00+01:00",
    "url": "https://www.morningclarion.example/news/water-firm-fined-4-8m-31-hour-sewage-spill",
    "parent": "wire", "credited": True, "credit_text": "Press Association",
    "notes": "Trimmed rewrite with a credit line. Three facts drift: 14,000 fish -> 40,000 (number), 19 August 2023 -> 29 August 2023 (date), Rachel Tinsley -> Rachel Tilsley (name). Each fact appears once in the text.",
    "paras": [
        [hl("Water firm fined £4.8m after 31-hour sewage spill")],
        [der(["W1"], "A water company has been fined £4.8 million after untreated sewage flowed into a river for 31 hours, killing more than 40,000 fish.",
             drift=[{"field": "number", "from": "14,000", "to": "40,000"}]),
         wv("W2")],
        [der(["W3"], "The court heard that an alarm at the pumping station went off 11 times on 29 August 2023, but no engineer was sent until the following morning.",
             drift=[{"field": "date", "from": "19 August 2023", "to": "29 August 2023"}]),
         der(["W4"], "By then sewage had spread along a six-mile stretch of the river, turning the water grey.")],
        [der(["W6"], "Judge Helen Marlowe, sentencing at Brinscombe Crown Court, said the failure was \u201centirely foreseeable\u201d."),
         wv("W7")],
        [der(["W8"], "Valecross was also ordered to pay £212,000 in costs.")],
        [der(["W10"], "Rachel Tilsley, area environment manager for the Environment Agency, said the fine should send a clear message to the industry.",
             drift=[{"field": "name", "from": "Rachel Tinsley", "to": "Rachel Tilsley"}]),
         der(["W12"], "\u201cWater companies must understand that a ringing alarm is a warning to act,\u201d she said.")],
        [der(["W14"], "Valecross chief executive Martin Hale said: \u201cWe let down the river and the communities who love it, and we are sorry.\u201d"),
         der(["W15"], "The company said it had since spent £3.1 million upgrading the site.")],
        [own("Anglers on the Tessel have campaigned for tougher penalties since the spill."),
         wv("W17")],
        [bp("credit", "Press Association")],
    ],
})

# ---------------------------------------------------------------- partial 1 (anglers' magazine, in-body credit)

DOCS.append({
    "key": "partial1", "kind": "partial", "outlet": "The Fly Line",
    "published": "2025-05-16T09:00:00+01:00",
    "url": "https://www.theflyline.example/news/tessel-anglers-slow-season-trout-numbers",
    "parent": "wire", "credited": True, "credit_text": "PA Media reported",
    "notes": "Angling magazine piece on a slow trout season; embeds four rewritten wire sentences (W16, W1+W2 with an in-body PA credit, W10+W11, W8). The club secretary and restocking plans are its own.",
    "paras": [
        [hl("Tessel anglers face a slow season as trout numbers lag")],
        [bp("byline", "By Neil Ashdown")],
        [own("For the anglers of the Tessel valley, the opening weeks of the brown trout season have been a lesson in patience."),
         own("Club members who once expected a dozen fish on a good evening are reporting two or three, and some beats below Brinscombe have produced nothing at all.")],
        [der(["W16"], "Environment Agency surveys this spring found trout numbers on the stretch hit by the 2023 sewage spill were still about 40 per cent lower than before it."),
         der(["W1", "W2"], "Valecross Water, whose Millbrook Lane pumping station was the source of the spill, was fined £4.8m on Wednesday, PA Media reported."),
         der(["W10", "W11"], "Rachel Tinsley of the Environment Agency said anglers who had fished the Tessel all their lives had told her officers they had never seen anything like it.")],
        [own("Derek Pym, secretary of the Ashcott Mill Angling Association, said the club had voted to keep the upper beats catch-and-release for a second year."),
         own("\u201cWe would rather have a quiet season than take fish the river can\u2019t spare,\u201d he said.")],
        [der(["W8"], "The Tessel Rivers Trust is due to receive £250,000 from Valecross for restocking and habitat work."),
         own("The trust plans to release around 3,000 juvenile trout raised from Tessel brood stock this autumn, and volunteers are rebuilding gravel beds at two spawning sites.")],
        [own("Elsewhere in the region, rivers have fished well, with strong early hatches of mayfly reported on the upper Axle and the Dunmere."),
         own("The Fly Line will be following the Tessel\u2019s recovery through the season.")],
    ],
})

# ---------------------------------------------------------------- partial 2 (consumer site, uncredited)

DOCS.append({
    "key": "partial2", "kind": "partial", "outlet": "Utility Watch",
    "published": "2025-05-19T10:00:00+01:00",
    "url": "https://www.utilitywatch.example/water/west-country-bills-bonuses-fines-spring-2025",
    "parent": "wire", "credited": False, "credit_text": None,
    "notes": "Consumer piece on bill rises and bonuses; embeds three rewritten wire sentences (W1+W2, W3, W9); no credit.",
    "paras": [
        [hl("Bills, bonuses and fines: a difficult spring for West Country water")],
        [own("Customers of the West Country\u2019s three water companies saw average bills rise by between 21 and 29 per cent in April, the biggest increases in a generation."),
         own("The companies say the money is needed for record investment in sewers and treatment works, but the rises have landed in the same weeks as a string of pollution cases.")],
        [der(["W1", "W2"], "Last Wednesday, Valecross Water was fined £4.8m after sewage from one of its pumping stations ran into the River Tessel for 31 hours and killed more than 14,000 fish."),
         der(["W3"], "The court was told an alarm had sounded 11 times without an engineer being sent out until the next morning.")],
        [der(["W9"], "Valecross, which serves about 1.2 million customers, made an operating profit of £96m last year."),
         own("Its bills rose by 24 per cent this spring, and its chief executive received a bonus of £410,000 for the last financial year, according to the company\u2019s annual report.")],
        [own("Consumer group Fair Tap said customers were being asked to pay twice: once through higher bills, and again when rivers were damaged."),
         own("\u201cPeople are entitled to ask what they are getting for their money,\u201d said its director, Owen Pryce.")],
        [own("Under new rules, water company bosses can have bonuses blocked if their firm commits serious pollution offences."),
         own("Utility Watch has asked the region\u2019s three companies how many pollution cases they currently face.")],
    ],
})

# ---------------------------------------------------------------- hard negative 1: court reporter, published before the wire

DOCS.append({
    "key": "hardneg1", "kind": "hard_negative", "outlet": "Brinscombe Courier",
    "published": "2025-05-14T12:41:00+01:00",
    "url": "https://www.brinscombecourier.example/news/crime/judge-fines-valecross-tessel-fish-kill",
    "parent": None, "credited": False, "credit_text": None,
    "notes": "Own court reporter in the public gallery; published 24 minutes before the wire. Same names, figures and dates, its own quotes from the judge and counsel.",
    "paras": [
        [hl("Judge fines Valecross £4.8m over Tessel fish kill")],
        [bp("byline", "By Hannah Quirke, Court Reporter")],
        [own("Valecross Water was ordered to pay £4.8m this morning at Brinscombe Crown Court for the sewage spill that wiped out fish along the Tessel in the summer of 2023."),
         own("Judge Helen Marlowe took just over an hour to deliver her sentencing remarks to a packed public gallery, which included members of three angling clubs.")],
        [own("She said that over the course of 19 August 2023 the pumping station at Millbrook Lane had flagged a fault 11 times, and that each alert had been acknowledged on screen and then ignored."),
         own("\u201cEach of those alarms was an invitation to prevent this, and each was declined,\u201d she said.")],
        [own("The judge said the pollution travelled six miles, as far as Ashcott Mill, and that the number of dead fish passed 14,000, among them bullhead, eels and brown trout.")],
        [own("Prosecuting for the Environment Agency, barrister Jonathan Feld said the on-call engineer had not been dispatched until 7am the next day."),
         own("Defending, Amara Okeke KC told the court that Valecross had since spent £3.1m on the site and that its chief executive, Martin Hale, had written personally to the angling clubs."),
         own("Mr Hale sat in the front row of the court and did not look up as the sentence was read out.")],
        [own("Costs of £212,000 were awarded to the prosecution, and the judge noted the company\u2019s offer to pay £250,000 into a Tessel Rivers Trust restocking fund."),
         own("Speaking outside, Rachel Tinsley, who led the agency\u2019s investigation, said she hoped the industry would now treat every alarm seriously.")],
        [own("The Courier will publish the judge\u2019s full remarks later today.")],
    ],
})

# ---------------------------------------------------------------- hard negative 2: anglers' story, PA photo credit

DOCS.append({
    "key": "hardneg2", "kind": "hard_negative", "outlet": "Western Daily Record",
    "published": "2025-05-14T17:30:00+01:00",
    "url": "https://www.westerndailyrecord.example/news/anglers-relive-tessel-spill-valecross-fined",
    "parent": None, "credited": False, "credit_text": None,
    "notes": "Own environment reporter built around an angler who found the dead fish; same facts; carries a PA Wire photo credit, which is not a text credit.",
    "paras": [
        [hl("\u2018It was like a graveyard\u2019: anglers relive Tessel spill as Valecross is fined £4.8m")],
        [bp("byline", "By Lucy Armitage, Environment Reporter")],
        [bp("photo_credit", "Photograph: Ben Carter/PA Wire")],
        [own("Graham Hollis was on the bank at Ashcott Mill on the morning of 20 August 2023 when the first dead trout drifted past him."),
         own("\u201cIt was like a graveyard,\u201d said Mr Hollis, 67, who has fished the Tessel for more than 50 years."),
         own("\u201cBy lunchtime you couldn\u2019t see the gravel for bodies.\u201d")],
        [own("The firm behind the spill, Valecross Water, received a £4.8m fine on Wednesday, with Judge Helen Marlowe telling Brinscombe Crown Court that warnings from its Millbrook Lane station had gone unheeded."),
         own("Its alarm had sounded on 11 occasions that day, 19 August 2023, yet nobody attended until the next morning."),
         own("In that time, sewage spread six miles downstream and killed in excess of 14,000 fish, by the Environment Agency\u2019s estimate.")],
        [own("Valecross, which reported a £96m operating profit last year, faces a further £212,000 bill for the prosecution\u2019s costs, and £250,000 is earmarked for the Tessel Rivers Trust."),
         own("Mr Hollis said the fine meant little to him."),
         own("\u201cMoney doesn\u2019t put fish back in the river,\u201d he said.")],
        [own("Valecross\u2019s chief executive, Martin Hale, has written to local angling clubs to apologise, and the firm says £3.1m has gone on new pumps and a staffed control room at the site.")],
        [own("This spring the agency\u2019s own counts found trout in the worst-affected reach still down by roughly 40 per cent on their pre-spill numbers."),
         own("The Tessel Rivers Trust puts full recovery at least five years off.")],
    ],
})

# ---------------------------------------------------------------- hard negative 3: local radio, own interviews

DOCS.append({
    "key": "hardneg3", "kind": "hard_negative", "outlet": "Tessel FM News",
    "published": "2025-05-14T16:00:00+01:00",
    "url": "https://www.tesselfm.example/news/valecross-boss-sorry-after-fine",
    "parent": None, "credited": False, "credit_text": None,
    "notes": "Local radio website with its own interviews of the chief executive and the Environment Agency manager; same facts, different quotes.",
    "paras": [
        [hl("Valecross boss says sorry after £4.8m fine")],
        [own("The boss of Valecross Water has told Tessel FM he is \u201cashamed\u201d of the sewage spill blamed for the deaths of over 14,000 fish in the River Tessel."),
         own("Martin Hale was speaking hours after a £4.8m fine was imposed at Brinscombe Crown Court over the pollution, which began at Millbrook Lane pumping station on 19 August 2023.")],
        [own("\u201cI\u2019m not going to hide behind the word \u2018incident\u2019 \u2013 we failed, and the river paid for it,\u201d he said."),
         own("He admitted staff had missed 11 alarms that day and said the company had changed how its control room handles warnings."),
         own("Around £3.1m has gone into Millbrook Lane since then, Mr Hale said, paying for extra pumps and for staff to watch the alarms day and night.")],
        [own("Speaking to Tessel FM, Rachel Tinsley of the agency called the fine \u201ca line in the sand\u201d for the industry."),
         own("\u201cThere were fish dying in that river while the alarms were going off,\u201d she said.")],
        [own("Valecross has also been told to cover £212,000 of legal costs."),
         own("The Tessel Rivers Trust, which is getting £250,000 from the firm, said it would spend the money on putting young trout back into the river.")],
        [own("Tessel FM will be speaking to anglers on the Breakfast Show tomorrow from 7am.")],
    ],
})

# ---------------------------------------------------------------- easy negative

DOCS.append({
    "key": "easy", "kind": "easy_negative", "outlet": "Kelham Bay Advertiser",
    "published": "2025-05-13T11:20:00+01:00",
    "url": "https://www.kelhambayadvertiser.example/news/lido-reopen-july-refurbishment",
    "parent": None, "credited": False, "credit_text": None,
    "notes": "Unrelated local news (a lido reopening).",
    "paras": [
        [hl("Kelham Bay lido to reopen in July after £1.1m refurbishment")],
        [bp("byline", "By Sian Trevelyan")],
        [own("Kelham Bay\u2019s seafront lido will reopen to swimmers on 12 July after an 18-month refurbishment costing £1.1m."),
         own("The 1930s pool closed in January 2024 when engineers found cracks in its concrete basin and a failing filtration system.")],
        [own("Work has included a new stainless steel lining, solar panels to heat the water and a rebuilt caf\u00e9 overlooking the harbour.")],
        [own("Councillor Martha Quayle, who chairs the town council\u2019s leisure committee, said the project had come in on budget."),
         own("\u201cThe lido is part of what makes Kelham Bay feel like home, and we have missed it badly,\u201d she said.")],
        [own("Season tickets go on sale on 2 June, priced at £85 for adults and £40 for under-16s."),
         own("The Friends of Kelham Bay Lido, which raised £140,000 towards the work, will hold an open day on 5 July so residents can look around before the first swim.")],
        [own("Training for 14 new lifeguards begins next month.")],
    ],
})

# ---------------------------------------------------------------- ids (shuffled; the wire is not d01)

ORDER = ["heavy2", "easy", "lightB", "hardneg2", "wire", "partial1", "second", "verbatim",
         "hardneg1", "drift", "heavy1", "partial2", "lightA", "hardneg3", "heavy3"]
ID = {k: f"{FAMILY}_d{i + 1:02d}" for i, k in enumerate(ORDER)}


def build():
    by_key = {d["key"]: d for d in DOCS}
    assert sorted(by_key) == sorted(ORDER), "ORDER must list every document once"
    # sentence texts by key, per document
    keytext = {}
    for d in DOCS:
        kt = {}
        for p in d["paras"]:
            for s in p:
                if s.get("key"):
                    kt[s["key"]] = s["text"]
        keytext[d["key"]] = kt

    documents, sentences, drift_top = [], {}, []
    for k in ORDER:
        d = by_key[k]
        did = ID[k]
        paras = d["paras"]
        title = paras[0][0]["text"]
        text = "\n\n".join(" ".join(s["text"] for s in p) for p in paras)
        documents.append({
            "id": did, "text": text, "language": "en", "outlet": d["outlet"],
            "published": d["published"], "url": d["url"], "title": title, "kind": d["kind"],
            "parent": ID[d["parent"]] if d["parent"] else None,
            "credited": d["credited"], "credit_text": d["credit_text"],
        })
        rows = []
        for p in paras:
            for s in p:
                if s["t"] == "hl":
                    rows.append({"text": s["text"], "label": "boilerplate", "parents": [], "role": "headline", "drift": []})
                elif s["t"] == "bp":
                    rows.append({"text": s["text"], "label": "boilerplate", "parents": [], "role": s["role"], "drift": []})
                elif s["t"] == "own":
                    rows.append({"text": s["text"], "label": "original", "parents": [], "role": None, "drift": []})
                else:
                    ptexts = [keytext[d["parent"]][pk] for pk in s["parents"]]
                    same = len(ptexts) == 1 and norm(ptexts[0]) == norm(s["text"])
                    rows.append({"text": s["text"], "label": "verbatim" if same else "rewritten",
                                 "parents": ptexts, "role": None, "drift": s["drift"]})
                    for dr in s["drift"]:
                        assert len(ptexts) == 1
                        drift_top.append({"child": did, "parent": ID[d["parent"]],
                                          "parent_text": ptexts[0], "child_text": s["text"],
                                          "field": dr["field"], "from": dr["from"], "to": dr["to"]})
        sentences[did] = rows
    return {"family": FAMILY, "documents": documents, "sentences": sentences, "drift": drift_top}


def readme(fam):
    by_id = {d["id"]: d for d in fam["documents"]}
    notes = {ID[d["key"]]: d["notes"] for d in DOCS}
    lines = []
    lines.append("| id | kind | outlet | published | parent | credit | verbatim | rewritten | original | boilerplate | notes |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for d in sorted(fam["documents"], key=lambda x: x["id"]):
        c = {lab: 0 for lab in ("verbatim", "rewritten", "original", "boilerplate")}
        for s in fam["sentences"][d["id"]]:
            c[s["label"]] += 1
        credit = f"yes: \u201c{d['credit_text']}\u201d" if d["credited"] else "no"
        par = d["parent"] or "\u2013"
        lines.append(f"| {d['id']} | {d['kind']} | {d['outlet']} | {d['published']} | {par} | {credit} | "
                     f"{c['verbatim']} | {c['rewritten']} | {c['original']} | {c['boilerplate']} | {notes[d['id']]} |")
    return "\n".join(lines)


if __name__ == "__main__":
    fam = build()
    (HERE / "family.json").write_text(json.dumps(fam, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    table = readme(fam)
    rd = HERE / "README.md"
    if rd.exists():
        src = rd.read_text(encoding="utf-8")
        a, b = "<!-- table:start -->", "<!-- table:end -->"
        if a in src and b in src:
            pre, rest = src.split(a, 1)
            _, post = rest.split(b, 1)
            rd.write_text(pre + a + "\n" + table + "\n" + b + post, encoding="utf-8")
    else:
        print(table)
    print("wrote", HERE / "family.json", len(fam["documents"]), "documents")
