#!/usr/bin/env python3
"""Build family.json (and the table part of README.md) for the bloomberg_en family.

Every document is written as a list of paragraphs; every paragraph is a list of
segments (key, text, spec).  spec is one of
  - a boilerplate role: "headline", "byline", "dateline", "credit", "photo_credit", "footer"
  - "own": the outlet's own sentence (label "original")
  - a list of keys of sentences in the parent document (label computed:
    "verbatim" if the sentence equals its single parent after normalising quotes
    and whitespace, otherwise "rewritten")
  - a tuple (list_of_parent_keys, drift_list) for sentences carrying changed facts.
The document text is the paragraphs joined by blank lines, the segments of a
paragraph joined by one space.  The first paragraph is the headline.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = "bloomberg_en"
ROLES = {"headline", "byline", "dateline", "credit", "photo_credit", "footer"}


def norm(s):
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def straight(s):
    """Typography of the aggregator that republishes the wire: straight quotes."""
    return s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")


# ---------------------------------------------------------------------------
# 1. The wire (Bloomberg News)
# ---------------------------------------------------------------------------
WIRE = [
    [("WH", "Halberd Foods to Buy Brightwater Pet for $3.4 Billion in Premium Push", "headline")],
    [("WB", "By Nathan Ostrowski and Leah Marchetti", "byline")],
    [("WD", "(Bloomberg) --", "dateline"),
     ("W1", "Halberd Foods Inc. agreed to buy Brightwater Pet Co. for about $3.4 billion including debt, betting that owners will keep paying up for premium dog and cat food even as shoppers cut back on its crackers and soups.", "own"),
     ("W2", "The Chicago-based company will pay cash for Brightwater, which is owned by private equity firm Larkspur Capital Partners, according to a statement Monday.", "own")],
    [("W3", "The price values the Minneapolis-based pet food maker at about 16 times its adjusted earnings before interest, taxes, depreciation and amortization of $212 million for last year.", "own"),
     ("W4", "Brightwater’s sales rose 11% in 2025 to $1.1 billion, helped by its grain-free Northfield line and a fast-growing subscription business.", "own"),
     ("W5", "Halberd plans to fund the purchase with cash on hand and a $2.5 billion bridge loan from a group of banks.", "own")],
    [("W6", "“Pet food is the one aisle in the store where people keep trading up, even when they’re trading down everywhere else,” Chief Executive Officer Maren Oyelaran said on a call with analysts.", "own"),
     ("W7", "“This gives us a second engine of growth that doesn’t depend on how many boxes of crackers we sell.”", "own")],
    [("W8", "Halberd shares fell as much as 6.1% to $55.40 in New York trading, the biggest intraday drop since August.", "own"),
     ("W9", "The stock had already declined 9% this year through Friday as volume growth stalled in its core snacks and soups business.", "own")],
    [("W10", "Tomas Egerton, an analyst at Wexley Securities, said the price looked “full” for a company that has never operated in pet food.", "own"),
     ("W11", "“They’re paying a growth multiple for a business they’ll have to learn from scratch, and the balance sheet gets stretched in the process,” he wrote in a note to clients.", "own")],
    [("W12", "Halberd expects about $85 million in annual cost savings by the end of fiscal 2028 and said the acquisition will add to adjusted earnings per share in the second full year after closing.", "own"),
     ("W13", "The transaction is expected to close in the second half of 2026, subject to regulatory approvals.", "own"),
     ("W14", "Brightwater Chief Executive Officer Colin Ashdown will keep running the business as a stand-alone division based in Minneapolis.", "own")],
    [("W15", "Bloomberg News reported in January that the companies were in advanced talks.", "own"),
     ("W16", "Larkspur bought Brightwater in 2019 for about $1.3 billion, and Managing Partner Julia Fenwick said in the statement that the firm had “more than doubled the business” during its ownership.", "own")],
    [("WF1", "To contact the reporters on this story: Nathan Ostrowski in Chicago at nostrowski@bloomberg.example; Leah Marchetti in New York at lmarchetti3@bloomberg.example", "footer")],
    [("WF2", "To contact the editors responsible for this story: Anne Kirchner at akirchner@bloomberg.example; Craig Belton", "footer")],
]

WIRE_TEXT = {k: t for para in WIRE for (k, t, _s) in para}

# ---------------------------------------------------------------------------
# 2. Verbatim copy: aggregator, straight quotes, dateline and footers removed,
#    the share-price paragraph (W8, W9) dropped, a source line added.
# ---------------------------------------------------------------------------
def vcopy(k):
    return (k, straight(WIRE_TEXT[k]), [k])


VERBATIM = [
    [("VH", WIRE_TEXT["WH"], "headline")],
    [("VB", WIRE_TEXT["WB"], "byline")],
    [vcopy("W1"), vcopy("W2")],
    [vcopy("W3"), vcopy("W4"), vcopy("W5")],
    [vcopy("W6"), vcopy("W7")],
    [vcopy("W10"), vcopy("W11")],
    [vcopy("W12"), vcopy("W13"), vcopy("W14")],
    [vcopy("W15"), vcopy("W16")],
    [("VC", "Source: Bloomberg News", "credit")],
]

# ---------------------------------------------------------------------------
# 3. Light copy, credited (Chicago business weekly's website)
# ---------------------------------------------------------------------------
LIGHT_CRED = [
    [("LH", "Halberd Foods agrees to $3.4 billion deal for Brightwater Pet", "headline")],
    [("LC", "(Bloomberg) --", "credit"),
     ("L1", "Halberd Foods Inc. has agreed to buy Brightwater Pet Co. for about $3.4 billion including debt, betting that pet owners will keep paying up for premium dog and cat food even as shoppers cut back on its crackers and soups.", ["W1"]),
     ("L2", "The Chicago company will pay cash for Brightwater, which is owned by private equity firm Larkspur Capital Partners, the companies said in a statement Monday.", ["W2"])],
    [("L3", "The price values the Minneapolis pet food maker at roughly 16 times its adjusted earnings before interest, taxes, depreciation and amortization of $212 million last year.", ["W3"]),
     ("L4", "Brightwater’s sales rose 11% in 2025 to $1.1 billion, helped by its grain-free Northfield line and a fast-growing subscription business.", ["W4"])],
    [("LO1", "Halberd, which makes Crumbly Bay crackers and Tidewell soups, employs about 1,400 people in the Chicago area.", "own")],
    [("L5", "“Pet food is the one aisle in the store where people keep trading up, even when they’re trading down everywhere else,” CEO Maren Oyelaran told analysts on a conference call.", ["W6"]),
     ("L6", "“This gives us a second engine of growth,” she said, “that doesn’t depend on how many boxes of crackers we sell.”", ["W7"])],
    [("L7", "Halberd shares fell as much as 6.1% to $55.40 in New York on Monday, their biggest intraday drop since August.", ["W8"])],
    [("L8", "Wexley Securities analyst Tomas Egerton said the price looked “full” for a company that has never operated in pet food.", ["W10"])],
    [("L9", "Halberd expects about $85 million in yearly cost savings by the end of fiscal 2028 and says the deal will add to adjusted earnings per share in the second full year after it closes.", ["W12"]),
     ("L10", "The transaction is expected to close in the second half of this year, subject to regulatory approvals.", ["W13"])],
    [("LO2", "The purchase would be Halberd’s largest since it bought the Tidewell soup brand in 2021.", "own")],
]

# ---------------------------------------------------------------------------
# 4. Light copy, uncredited (consumer-staples news site)
# ---------------------------------------------------------------------------
LIGHT_UNCRED = [
    [("UH", "Cracker maker Halberd bets $3.4 billion on premium pet food", "headline")],
    [("UB", "By StapleStreet Staff", "byline")],
    [("U1", "Halberd Foods Inc. agreed to acquire Brightwater Pet Co. for about $3.4 billion including debt, wagering that owners will keep paying up for premium dog and cat food even as shoppers cut back on its crackers and soups.", ["W1"]),
     ("U2", "The Chicago-based company will pay cash for Brightwater, which is owned by private equity firm Larkspur Capital Partners, it said in a statement on Monday.", ["W2"])],
    [("U3", "The price values the Minneapolis-based pet food maker at about 16 times its adjusted Ebitda of $212 million for last year.", ["W3"]),
     ("U4", "Halberd plans to fund the purchase with cash on hand and a $2.5 billion bridge loan from several banks.", ["W5"]),
     ("UO1", "Brightwater’s Northfield kibble is sold in about 9,000 pet specialty and grocery stores in the U.S. and Canada.", "own")],
    [("U5", "“Pet food is the one aisle in the store where people keep trading up, even when they’re trading down everywhere else,” Chief Executive Officer Maren Oyelaran said on an analyst call.", ["W6"])],
    [("U6", "Halberd shares fell as much as 6.1% to $55.40 in New York trading Monday, the steepest intraday decline since August.", ["W8"]),
     ("U7", "The stock had already declined 9% this year through Friday as volume growth stalled in its core snacks and soups business.", ["W9"])],
    [("U8", "Tomas Egerton, an analyst with Wexley Securities, said the price looked “full” for a company that has never run a pet food business.", ["W10"]),
     ("U9", "“They’re paying a growth multiple for a business they’ll have to learn from scratch, and the balance sheet gets stretched in the process,” Egerton wrote in a note to clients.", ["W11"])],
    [("U10", "The deal is expected to close in the second half of 2026, pending regulatory approvals.", ["W13"]),
     ("U11", "Brightwater CEO Colin Ashdown will keep running the business as a stand-alone unit based in Minneapolis.", ["W14"])],
    [("UO2", "Rival packaged-food makers have also pushed into pet products in recent years, drawn by fatter margins.", "own")],
]

# ---------------------------------------------------------------------------
# 5. Heavy rewrite A, credited in a closing line (grocery-trade site)
# ---------------------------------------------------------------------------
HEAVY_A = [
    [("AH", "Why a soup-and-cracker company is paying up for dog food", "headline")],
    [("AB", "By Rachel Dunmore", "byline")],
    [("A1", "Halberd Foods, the Chicago maker of crackers and canned soup, is spending roughly $3.4 billion, debt included, to acquire Brightwater Pet from its private equity owner, Larkspur Capital Partners.", ["W1", "W2"]),
     ("A2", "The all-cash bet rests on a simple idea: households that are trimming grocery bills still splurge on what goes into the dog bowl.", ["W1", "W2"])],
    [("A3", "Premium pet food has been one of the few consistently growing corners of the packaged-food industry since the pandemic pet-adoption boom.", "own"),
     ("A4", "Brightwater, based in Minneapolis, grew revenue 11% to $1.1 billion last year, powered by its Northfield grain-free recipes and a direct-to-consumer subscription service that is expanding quickly.", ["W4"]),
     ("A5", "At roughly 16 times the $212 million in adjusted Ebitda that Brightwater generated last year, the multiple is rich by the standards of the food aisle.", ["W3"])],
    [("A6", "Halberd Chief Executive Maren Oyelaran told analysts that pet food is the rare category where consumers still upgrade while economizing on everything else.", ["W6"]),
     ("A7", "She pitched the business as a second source of growth, one not tied to cracker volumes.", ["W7"])],
    [("A8", "Not everyone is convinced: Wexley Securities analyst Tomas Egerton said in a client note that Halberd is paying a growth-company price for an industry it knows nothing about, and that the purchase will strain its finances.", ["W10", "W11"]),
     ("A9", "Investors appeared to share some of that skepticism.", "own"),
     ("A10", "The shares slid by up to 6.1% in Monday trading, to $55.40, extending a 9% slide this year that came as sales volumes for its snacks and soups flattened.", ["W8", "W9"])],
    [("A11", "Existing cash and $2.5 billion in bridge financing from lenders will cover the bill.", ["W5"]),
     ("A12", "Halberd is targeting about $85 million a year in cost savings by fiscal 2028 and expects the deal to lift adjusted per-share earnings starting with its second full year of ownership.", ["W12"])],
    [("A13", "Once regulators sign off, which the company expects sometime in the latter half of 2026, Colin Ashdown will stay on as Brightwater’s chief and run it as a separate division out of Minneapolis.", ["W13", "W14"]),
     ("A14", "Larkspur paid about $1.3 billion for Brightwater in 2019 and, according to Managing Partner Julia Fenwick, has more than doubled its size since.", ["W16"]),
     ("A15", "The firm had explored a stock-market listing for the brand before settling on a sale.", "own")],
    [("A16", "For Halberd, the deal is also a test of whether a company built on shelf-stable staples can manage a brand whose customers increasingly buy online.", "own")],
    [("AC", "Bloomberg News contributed to this report.", "credit")],
]

# ---------------------------------------------------------------------------
# 6. Heavy rewrite B, uncredited; the agency only in the photo credit
# ---------------------------------------------------------------------------
HEAVY_B = [
    [("BH", "Halberd’s $3.4 billion pet food gamble spooks investors", "headline")],
    [("BB", "By Marcus Trevino", "byline")],
    [("BP", "Photographer: Simone Achterberg/Bloomberg", "photo_credit")],
    [("B1", "Investors gave a cool reception Monday to Halberd Foods’ plan to move into pet food, sending the stock as low as $55.40, down 6.1% at one point and its worst intraday showing since August.", ["W8"])],
    [("B2", "The Chicago snack and soup company said it would pay about $3.4 billion, counting debt, in cash for Brightwater Pet, a Minneapolis maker of upscale dog and cat food owned by the buyout firm Larkspur Capital Partners.", ["W1", "W2"]),
     ("B3", "Even before the announcement, Halberd’s shares were off 9% for the year, weighed down by stagnant volumes in crackers and soup.", ["W9"]),
     ("B4", "The company has cut prices on several of its best-known products since last fall in an effort to win back shoppers who defected to store brands.", "own")],
    [("B5", "The price tag works out to around 16 times Brightwater’s 2025 adjusted Ebitda, which came to $212 million.", ["W3"]),
     ("B6", "Tomas Egerton of Wexley Securities called the valuation “full,” warning clients that Halberd would be stretching its balance sheet to pay a premium for a category in which it has no experience.", ["W10", "W11"])],
    [("B7", "Chief Executive Maren Oyelaran argued on the analyst call that pet food is where shoppers continue to upgrade even while they economize elsewhere, giving Halberd growth that won’t hinge on cracker sales.", ["W6", "W7"]),
     ("B8", "Brightwater’s revenue climbed 11% last year to $1.1 billion, with its Northfield grain-free kibble and a subscription delivery service leading the gains.", ["W4"]),
     ("B9", "Pet owners in the U.S. spent more than ever on food for their animals last year, according to industry estimates, even as overall grocery volumes declined.", "own")],
    [("B10", "Halberd will lean on existing cash and $2.5 billion of short-term bridge borrowing to finance the deal, which it says will yield roughly $85 million in yearly savings by fiscal 2028 and boost adjusted earnings per share from its second full year.", ["W5", "W12"]),
     ("B11", "Regulators still need to approve the purchase, which the companies hope to finish in the latter half of 2026.", ["W13"]),
     ("B12", "Brightwater will remain a separate division in Minneapolis under its current CEO, Colin Ashdown.", ["W14"])],
    [("B13", "Larkspur acquired the pet food company for roughly $1.3 billion in 2019.", ["W16"]),
     ("B14", "The firm, which manages about $14 billion, has sold three consumer businesses in the past two years.", "own")],
    [("B15", "Halberd is scheduled to host an investor day in New York in June, where analysts expect more detail on how it will integrate the pet business.", "own")],
]

# ---------------------------------------------------------------------------
# 7. Heavy rewrite C, uncredited, no mention of the agency at all
# ---------------------------------------------------------------------------
HEAVY_C = [
    [("CH", "Halberd Foods Makes Costly Leap Into Pet Aisle With Brightwater Deal", "headline")],
    [("CB", "By Priya Hollis", "byline")],
    [("C1", "Halberd Foods Inc., whose crackers and soups have been losing ground with cost-conscious shoppers, is buying its way into premium pet food.", ["W1"]),
     ("C2", "The company struck an all-cash agreement valued at around $3.4 billion, including borrowings, to take over Brightwater Pet Co. from Larkspur Capital Partners.", ["W1", "W2"])],
    [("C3", "Brightwater posted $1.1 billion in sales in 2025, an 11% increase, thanks largely to Northfield, its line of grain-free recipes, and a home-delivery subscription program.", ["W4"]),
     ("C4", "That performance came at a price: Halberd is paying about 16 times the $212 million in adjusted operating earnings, before depreciation and amortization, that the pet food maker booked last year.", ["W3"]),
     ("C5", "Large packaged-food deals over the past five years have typically been struck at 12 to 14 times that measure.", "own")],
    [("C6", "Maren Oyelaran, Halberd’s CEO, told analysts that consumers who are cutting corners elsewhere keep choosing pricier options for their pets.", ["W6"]),
     ("C7", "She said the acquisition would give the company a growth driver independent of its cracker business.", ["W7"])],
    [("C8", "Wexley Securities’ Tomas Egerton was less enthusiastic, saying Halberd must master an unfamiliar business while taking on significant debt.", ["W11"]),
     ("C9", "He described the price as “full.”", ["W10"])],
    [("C10", "Halberd stock was down 6.1% at its low point on Monday, at $55.40.", ["W8"]),
     ("C11", "The shares had lost 9% in 2026 before Monday’s news amid weak volume trends.", ["W9"]),
     ("C12", "Shares of other packaged-food companies were little changed.", "own")],
    [("C13", "Halberd had about $900 million in cash and equivalents at the end of its latest quarter, according to its most recent filing.", "own"),
     ("C14", "The remainder will come from $2.5 billion in temporary bank financing.", ["W5"]),
     ("C15", "The company forecast annual synergies of about $85 million by fiscal 2028, with the deal expected to close during the second half of the year and to start adding to adjusted per-share profit in year two.", ["W12", "W13"])],
    [("C16", "Colin Ashdown, Brightwater’s chief executive, will continue to lead it as a separate unit.", ["W14"]),
     ("C17", "Larkspur, which paid about $1.3 billion for Brightwater seven years ago, said the business had more than doubled under its ownership.", ["W16"]),
     ("C18", "Talks between the two companies had been reported in January.", ["W15"])],
    [("C19", "Halberd has said it wants at least a fifth of its revenue to come from faster-growing categories by 2030.", "own")],
]

# ---------------------------------------------------------------------------
# 8. Drift: a rewrite with exactly three changed facts
# ---------------------------------------------------------------------------
DRIFT_NUM = {"field": "number", "from": "$212 million", "to": "$221 million"}
DRIFT_NAME = {"field": "name", "from": "Colin Ashdown", "to": "Colin Ashby"}
DRIFT_DATE = {"field": "date", "from": "2019", "to": "2017"}

DRIFT = [
    [("DH", "Halberd Foods to acquire Brightwater Pet in $3.4 billion deal", "headline")],
    [("DB", "By Evan Sutter", "byline")],
    [("D1", "Halberd Foods Inc. agreed Monday to buy Brightwater Pet Co. for about $3.4 billion including debt, wagering that pet owners will keep spending on premium dog and cat food even as shoppers cut back on crackers and soups.", ["W1"]),
     ("D2", "The Chicago-based company will pay cash for Brightwater, which is owned by private equity firm Larkspur Capital Partners, according to a statement Monday.", ["W2"])],
    [("D3", "The price values the Minneapolis-based pet food maker at about 16 times its adjusted earnings before interest, taxes, depreciation and amortization of $221 million for last year.", (["W3"], [DRIFT_NUM])),
     ("D4", "Brightwater’s sales grew 11% to $1.1 billion in 2025, driven by its grain-free Northfield line and a fast-growing subscription business.", ["W4"])],
    [("D5", "“Pet food is the one aisle in the store where people keep trading up, even when they’re trading down everywhere else,” Chief Executive Officer Maren Oyelaran said on a call with analysts.", ["W6"])],
    [("D6", "Halberd shares dropped as much as 6.1% to $55.40 in New York, the biggest intraday decline since August.", ["W8"]),
     ("D7", "Tomas Egerton, an analyst at Wexley Securities, called the price “full” for a company with no experience in pet food.", ["W10"])],
    [("D8", "Halberd expects about $85 million in annual cost savings by the end of fiscal 2028, and said the deal will add to adjusted earnings per share in its second full year.", ["W12"]),
     ("D9", "The transaction is expected to close in the second half of 2026, subject to regulatory approvals.", ["W13"]),
     ("D10", "Brightwater CEO Colin Ashby will continue to run the business as a stand-alone division in Minneapolis.", (["W14"], [DRIFT_NAME]))],
    [("D11", "Larkspur bought Brightwater in 2017 for about $1.3 billion.", (["W16"], [DRIFT_DATE])),
     ("DO1", "Halberd’s shares have trailed an index of consumer staples stocks over the past 12 months.", "own")],
    [("DC", "— Bloomberg News", "credit")],
]

# ---------------------------------------------------------------------------
# 9. Partial 1, credited in the body (pet-industry trade site)
# ---------------------------------------------------------------------------
PARTIAL_1 = [
    [("P1H", "Premium pet food keeps drawing big money as owners trade up", "headline")],
    [("P1B", "By Karen Lindqvist", "byline")],
    [("P1O1", "Pet food makers have spent the past three years raising prices faster than almost any other part of the grocery store, and shoppers have mostly gone along.", "own"),
     ("P1O2", "Independent pet stores say customers who buy store-brand paper towels still ask for grain-free kibble by name.", "own")],
    [("P1R1", "That resilience is now attracting buyers from outside the industry: Halberd Foods Inc., the Chicago-based maker of crackers and soups, agreed Monday to pay about $3.4 billion including debt for Brightwater Pet Co., Bloomberg News reported.", ["W1", "W2"]),
     ("P1R2", "Brightwater, whose Northfield grain-free line is a staple in specialty stores, increased sales 11% to $1.1 billion last year.", ["W4"])],
    [("P1R3", "Halberd CEO Maren Oyelaran told analysts that pet food is the one aisle where people keep trading up even as they trade down elsewhere.", ["W6"])],
    [("P1O3", "Retailers are watching to see whether a packaged-food giant will keep Brightwater’s products out of mass-market chains, which has been one of the brand’s selling points for independents.", "own"),
     ("P1O4", "“Our customers come to us because they can’t find Northfield at the supermarket,” said Dana Whitcomb, who owns two Paws & Pantry stores in Madison, Wisconsin.", "own"),
     ("P1O5", "“If that changes, we lose a reason for them to walk in.”", "own")],
    [("P1R4", "Halberd has said Brightwater will run as a stand-alone division in Minneapolis under its chief executive, Colin Ashdown.", ["W14"]),
     ("P1O6", "Ashdown told a trade conference last fall that the company had no plans to move into grocery chains.", "own")],
    [("P1O7", "Industry groups estimate that U.S. pet food sales have grown by more than a third since 2019, with premium and fresh formulas taking a growing share.", "own"),
     ("P1O8", "Bankers expect other private equity owners of pet brands to test the market this year.", "own")],
]

# ---------------------------------------------------------------------------
# 10. Partial 2, uncredited (business column in a Chicago-area paper)
# ---------------------------------------------------------------------------
PARTIAL_2 = [
    [("P2H", "Chicago’s food giants are buying growth because they can’t make it", "headline")],
    [("P2B", "By Gregory Pham, Business Columnist", "byline")],
    [("P2O1", "For most of the past two years, the big packaged-food companies headquartered in and around Chicago have told investors the same story: prices are up, volumes are down, and better days are coming.", "own"),
     ("P2O2", "Shoppers have not cooperated.", "own")],
    [("P2O3", "Store brands keep gaining shelf space, and higher grocery bills have pushed many households to buy less, not just cheaper.", "own"),
     ("P2O4", "When a company can’t grow what it already sells, the easiest fix is to buy something that is growing.", "own")],
    [("P2R1", "That’s the logic behind Halberd Foods’ agreement this week to pay roughly $3.4 billion, including debt, for Brightwater Pet, a maker of high-end dog and cat food.", ["W1"]),
     ("P2R2", "Halberd’s own stock was down 9% for the year before the deal was announced, a reflection of flat volumes in its snacks and soups.", ["W9"])],
    [("P2R3", "One analyst, Tomas Egerton of Wexley Securities, warned clients that Halberd would be paying a growth price for a business it must learn from the ground up while loading up on debt.", ["W11"]),
     ("P2O5", "He has a point.", "own"),
     ("P2O6", "Food companies have a mixed record with acquisitions outside their core, and more than a few have sold off such purchases at a loss within a decade.", "own")],
    [("P2O7", "Still, standing pat carries its own risks.", "own"),
     ("P2O8", "Halberd’s neighbors, from the cereal makers in the western suburbs to the candy companies on the South Side, face the same arithmetic, and some of them will likely reach the same conclusion.", "own"),
     ("P2O9", "Expect more deals.", "own")],
]

# ---------------------------------------------------------------------------
# 11. Second generation: copied from heavy rewrite A (light edits)
# ---------------------------------------------------------------------------
SECOND = [
    [("SH", "Soup-and-cracker maker Halberd pays up for dog food", "headline")],
    [("SB", "By PantryBeat Staff", "byline")],
    [("S1", "Halberd Foods, the Chicago maker of crackers and canned soup, is spending roughly $3.4 billion, debt included, to acquire Brightwater Pet from its private equity owner, Larkspur Capital Partners.", ["A1"]),
     ("S2", "The all-cash bet rests on a simple idea: families trimming their grocery bills still splurge on what goes into the dog bowl.", ["A2"])],
    [("S3", "Premium pet food has been one of the few consistently growing corners of the packaged-food industry since the pandemic pet-adoption boom.", ["A3"]),
     ("S4", "Brightwater, based in Minneapolis, grew revenue 11% to $1.1 billion last year, powered by its Northfield grain-free recipes and a direct-to-consumer subscription service that is expanding quickly.", ["A4"]),
     ("S5", "At about 16 times the $212 million in adjusted Ebitda Brightwater generated last year, the multiple is rich by food-aisle standards.", ["A5"])],
    [("S6", "Halberd Chief Executive Maren Oyelaran told analysts that pet food is the rare category where consumers still upgrade while economizing on everything else.", ["A6"]),
     ("S7", "She pitched the business as a second source of growth, one not tied to cracker volumes.", ["A7"])],
    [("S8", "Not everyone is convinced: Wexley Securities analyst Tomas Egerton wrote in a client note that Halberd is paying a growth-company price for an industry it knows nothing about, and that the purchase will strain its finances.", ["A8"]),
     ("S9", "Investors appeared to share some of that skepticism.", ["A9"]),
     ("S10", "The shares slid by up to 6.1% in Monday trading, to $55.40, extending a 9% slide this year that came as sales volumes for its snacks and soups flattened.", ["A10"])],
    [("S11", "Halberd is targeting roughly $85 million a year in cost savings by fiscal 2028 and expects the deal to lift adjusted per-share earnings from its second full year of ownership.", ["A12"])],
    [("S12", "Once regulators sign off, which the company expects sometime in the latter half of 2026, Colin Ashdown will stay on as Brightwater’s chief and run it as a separate division out of Minneapolis.", ["A13"]),
     ("S13", "Larkspur paid about $1.3 billion for Brightwater in 2019 and, according to Managing Partner Julia Fenwick, has more than doubled its size since.", ["A14"]),
     ("S14", "The firm had explored a stock-market listing for the brand before settling on a sale.", ["A15"])],
    [("S15", "For Halberd, the deal is also a test of whether a company built on shelf-stable staples can manage a brand whose customers increasingly shop online.", ["A16"]),
     ("SO1", "Halberd did not respond to PantryBeat’s questions about whether Brightwater products will move into its own distribution network.", "own")],
]

# ---------------------------------------------------------------------------
# 12-14. Hard negatives: independent reporting of the same announcement
# ---------------------------------------------------------------------------
HN_EARLY = [  # trade newsletter, from the press release, before the wire
    [("N1H", "Halberd strikes deal for Larkspur-owned Brightwater Pet", "headline")],
    [("N1B", "By Owen Castellano", "byline")],
    [("N1a", "Halberd Foods Inc. announced early Monday that it will acquire Larkspur Capital Partners’ portfolio company Brightwater Pet Co. in a cash transaction with an enterprise value of approximately $3.4 billion.", "own"),
     ("N1b", "The deal marks the Chicago company’s first move into the pet category.", "own")],
    [("N1c", "Brightwater, headquartered in Minneapolis, reported net sales of $1.1 billion for 2025, up 11% from a year earlier, with adjusted Ebitda reaching $212 million.", "own"),
     ("N1d", "Halberd said it will fund the acquisition through a combination of cash and a fully committed $2.5 billion bridge facility.", "own")],
    [("N1e", "“Brightwater is exactly the kind of brand we want in our portfolio: loved by its customers, growing fast and built on quality,” Maren Oyelaran, Halberd’s chief executive officer, said in the release.", "own"),
     ("N1f", "Julia Fenwick, a managing partner at Larkspur, said the firm was “proud of what Colin and the Brightwater team have built.”", "own")],
    [("N1g", "Management is targeting run-rate cost synergies of approximately $85 million, to be fully realized in fiscal 2028.", "own"),
     ("N1h", "The company expects the transaction to be accretive to adjusted EPS by the second full year following completion.", "own"),
     ("N1i", "Halberd expects the deal to close during the back half of 2026, once antitrust reviews are complete.", "own")],
    [("N1j", "Halberd will run Brightwater as its own division, with Colin Ashdown remaining in the top job.", "own"),
     ("N1k", "Morrow Pike & Co. is serving as financial adviser to Halberd, while Castellan Partners advised Brightwater and Larkspur.", "own")],
    [("N1l", "Halberd executives are discussing the transaction on a conference call with analysts this morning.", "own")],
]

HN_PHOTO = [  # Chicago markets site, reporter on the call; Bloomberg photo
    [("N2H", "Halberd CFO says debt will come down fast after Brightwater purchase", "headline")],
    [("N2B", "By Tessa Morrow", "byline")],
    [("N2P", "Photographer: Jamie Kessler/Bloomberg", "photo_credit")],
    [("N2a", "Halberd Foods Inc. executives spent much of Monday’s analyst call defending the balance sheet after the Chicago company unveiled a $3.4 billion agreement for Brightwater Pet Co.", "own")],
    [("N2b", "Chief Financial Officer Dennis Kowalczyk said net leverage would peak at about 3.9 times Ebitda once the deal closes and fall below 3 times within two years.", "own"),
     ("N2c", "“We are not going to be a levered company for long,” he said.", "own"),
     ("N2d", "“Every spare dollar goes to paying down the bridge until we get there.”", "own")],
    [("N2e", "Halberd will cover the cash price with money on hand plus $2.5 billion borrowed under a bridge facility, which Kowalczyk said the company plans to refinance with longer-term bonds.", "own"),
     ("N2f", "Brightwater had $212 million of adjusted Ebitda last year on sales of $1.1 billion, which rose 11%.", "own"),
     ("N2g", "Analysts pressed management on the price, about 16 times that Ebitda figure.", "own")],
    [("N2h", "Chief Executive Maren Oyelaran said Halberd had studied the pet category for three years before approaching Larkspur Capital Partners, Brightwater’s owner since 2019.", "own"),
     ("N2i", "“We didn’t wake up one morning and decide to sell dog food,” she said.", "own")],
    [("N2j", "The stock touched $55.40 in the morning, down 6.1% at the low.", "own"),
     ("N2k", "Kowalczyk reiterated the $85 million savings target for fiscal 2028, adding that the companies still expect to wrap up the deal between July and December.", "own")],
]

HN_LATE = [  # Minneapolis business paper, interview with the Brightwater CEO
    [("N3H", "Brightwater Pet will stay in Minneapolis under $3.4 billion Halberd deal, CEO says", "headline")],
    [("N3B", "By Liam Sorensen", "byline")],
    [("N3a", "Brightwater Pet Co. will keep its headquarters and its roughly 600 local employees in Minneapolis after its sale to Halberd Foods Inc. of Chicago, Chief Executive Colin Ashdown said Monday.", "own"),
     ("N3b", "“Nothing about how we make food or where we make it is changing,” Ashdown said in an interview.", "own")],
    [("N3c", "Halberd put the value of the deal, with debt, at about $3.4 billion.", "own"),
     ("N3d", "Larkspur Capital Partners, the private equity firm that owns Brightwater, spent about $1.3 billion to buy it in 2019.", "own"),
     ("N3e", "Brightwater’s 2025 sales totaled $1.1 billion, 11% more than in 2024.", "own")],
    [("N3f", "Most of its workers are based at offices in the North Loop and at a research kitchen in St. Louis Park.", "own"),
     ("N3g", "Ashdown said Halberd’s bigger purchasing power would help Brightwater buy ingredients such as salmon and sweet potatoes more cheaply.", "own"),
     ("N3h", "Asked about the $85 million in savings Halberd is targeting by fiscal 2028, he said he expected most of it to come from purchasing and logistics rather than jobs.", "own")],
    [("N3i", "Maren Oyelaran, Halberd’s chief executive, said on the company’s call with analysts that Brightwater would operate as a separate division and would not be folded into Halberd’s Chicago operations.", "own"),
     ("N3j", "Investors were less enthusiastic: Halberd shares hit $55.40 Monday, down 6.1% intraday.", "own")],
    [("N3k", "The companies expect to complete the transaction in the year’s second half, after regulators review it.", "own"),
     ("N3l", "The sale is the latest in a string of Twin Cities consumer brands to be bought by out-of-state companies.", "own")],
]

# ---------------------------------------------------------------------------
# 15. Easy negative: unrelated local news
# ---------------------------------------------------------------------------
EASY = [
    [("EH", "Oak Hollow board approves splash pad for Memorial Park", "headline")],
    [("EB", "By Jenna Albright", "byline")],
    [("E1", "The Oak Hollow Village Board voted 5-2 on Monday night to build a splash pad at Memorial Park, ending more than a year of debate over how to replace the park’s aging wading pool.", "own"),
     ("E2", "The project is expected to cost about $780,000, with roughly half covered by a state grant the village received in December.", "own")],
    [("E3", "Trustees who voted against the plan said they supported the idea but worried about the cost of water and maintenance.", "own"),
     ("E4", "“I want kids to have a place to cool off, but I also have to answer to the people paying the water bill,” Trustee Ray Dobrowski said.", "own")],
    [("E5", "Parks Director Alicia Moreno said the splash pad would filter and reuse its water, using about a third as much as the old pool.", "own"),
     ("E6", "Construction is scheduled to begin in April, and the village hopes to open the splash pad by the Fourth of July.", "own")],
    [("E7", "The wading pool, built in 1968, closed last summer after inspectors found cracks in its foundation.", "own"),
     ("E8", "Residents can view the design plans at Village Hall or on the village’s website.", "own")],
]

# ---------------------------------------------------------------------------
# Documents (ids in shuffled order; the wire is d05)
# ---------------------------------------------------------------------------
D = FAMILY + "_d"
DOCS = [
    # id, kind, body, parent, outlet, published, url, credit_text, note
    (D + "01", "light", LIGHT_UNCRED, D + "05", "StapleStreet Daily", "2026-03-16T12:15:00-04:00",
     "https://www.staplestreet.example/deals/2026/03/16/halberd-bets-3-4-billion-on-premium-pet-food", None,
     "11 of 16 wire sentences (69%), W9 unchanged, two own sentences; no credit"),
    (D + "02", "hard_negative", HN_PHOTO, None, "Windy City Markets", "2026-03-16T12:50:00-05:00",
     "https://windycitymarkets.example/companies/halberd-cfo-brightwater-debt", None,
     "independent call story (CFO leverage angle); carries a Bloomberg photo credit"),
    (D + "03", "heavy", HEAVY_B, D + "05", "Capital Aisle", "2026-03-16T14:05:00-04:00",
     "https://capitalaisle.example/2026/03/16/halberd-pet-food-gamble-spooks-investors", None,
     "reordered around the share drop; uncredited, agency only in the photo credit"),
    (D + "04", "partial", PARTIAL_1, D + "05", "PetTrade Insider", "2026-03-17T07:00:00-04:00",
     "https://www.pettradeinsider.example/news/premium-pet-food-big-money", "Bloomberg News reported",
     "pet-retail feature embedding 4 rewritten wire sentences; in-body credit"),
    (D + "05", "wire", WIRE, None, "Bloomberg News", "2026-03-16T10:42:00-04:00",
     "https://www.bloomberg.example/news/articles/2026-03-16/halberd-foods-to-buy-brightwater-pet-for-3-4-billion", None,
     "the source: 16 sentences in 7 paragraphs, quotes of Oyelaran, Egerton, Fenwick"),
    (D + "06", "easy_negative", EASY, None, "Oak Hollow Gazette", "2026-03-16T21:10:00-05:00",
     "https://www.oakhollowgazette.example/local/village-board-splash-pad-memorial-park", None,
     "unrelated village-board story"),
    (D + "07", "drift", DRIFT, D + "05", "Daily Commerce Review", "2026-03-16T15:10:00-04:00",
     "https://dailycommerce.example/business/halberd-brightwater-3-4-billion", "— Bloomberg News",
     "rewrite with 3 changed facts: EBITDA $212M→$221M, Ashdown→Ashby, 2019→2017"),
    (D + "08", "verbatim", VERBATIM, D + "05", "MarketPulse Wire", "2026-03-17",
     "https://marketpulse.example/stories/halberd-foods-to-buy-brightwater-pet", "Source: Bloomberg News",
     "straight quotes; dateline, footers and the share-price paragraph (W8-W9) dropped; date only"),
    (D + "09", "heavy", HEAVY_A, D + "05", "Shelf Street", "2026-03-16T13:20:00-04:00",
     "https://www.shelfstreet.example/analysis/why-halberd-is-paying-up-for-dog-food", "Bloomberg News contributed to this report.",
     "explainer; merges and reorders; credited in a closing line"),
    (D + "10", "hard_negative", HN_EARLY, None, "Snack & Pantry Daily", "2026-03-16T08:57:00-04:00",
     "https://snackpantrydaily.example/2026/03/16/halberd-brightwater-deal", None,
     "written from the press release before the wire; different release quotes"),
    (D + "11", "second_generation", SECOND, D + "09", "PantryBeat", "2026-03-16T18:45:00-04:00",
     "https://pantrybeat.example/halberd-pays-up-for-dog-food", None,
     "copied from d09 with light edits, drops A11 and the credit line; one own sentence"),
    (D + "12", "partial", PARTIAL_2, D + "05", "Northlake Tribune", "2026-03-18T09:30:00-05:00",
     "https://www.northlaketribune.example/business/columns/chicago-food-giants-buying-growth", None,
     "business column embedding 3 rewritten wire sentences; no credit"),
    (D + "13", "light", LIGHT_CRED, D + "05", "Prairie Business Journal", "2026-03-16T10:30:00-05:00",
     "https://www.prairiebusiness.example/news/2026/03/16/halberd-brightwater-deal", "(Bloomberg)",
     "10 of 16 wire sentences (63%), W4 unchanged, two own sentences; keeps the (Bloomberg) tag"),
    (D + "14", "heavy", HEAVY_C, D + "05", "The Midwest Investor", "2026-03-16T15:40:00-05:00",
     "https://midwestinvestor.example/stocks/halberd-costly-leap-into-pet-aisle", None,
     "splits the lead, paraphrases the Bloomberg scoop line without naming it; no credit"),
    (D + "15", "hard_negative", HN_LATE, None, "Twin Cities Business Herald", "2026-03-17T06:00:00-05:00",
     "https://www.tcbusinessherald.example/companies/brightwater-stays-in-minneapolis", None,
     "Minneapolis angle with an Ashdown interview"),
]


def build():
    by_id = {d[0]: d for d in DOCS}
    keymaps = {}
    # wire first, then heavy A (parent of the second generation) before everything that needs them
    order = sorted(DOCS, key=lambda d: (d[1] != "wire", d[0] != D + "09"))
    documents, sentences, drift = {}, {}, []
    for (did, kind, body, parent, outlet, published, url, credit, _note) in order:
        paras, sents, kmap = [], [], {}
        pmap = keymaps.get(parent, {}) if parent else {}
        if parent and not pmap:
            raise SystemExit(f"{did}: parent {parent} not built yet")
        for para in body:
            paras.append(" ".join(t for (_k, t, _s) in para))
            for (k, t, spec) in para:
                if k in kmap:
                    raise SystemExit(f"{did}: duplicate key {k}")
                kmap[k] = t
                dr = []
                if isinstance(spec, tuple):
                    spec, dr = spec
                if isinstance(spec, str) and spec in ROLES:
                    rec = {"text": t, "label": "boilerplate", "parents": [], "role": spec, "drift": []}
                elif spec == "own":
                    rec = {"text": t, "label": "original", "parents": [], "role": None, "drift": []}
                else:
                    ptexts = [pmap[p] for p in spec]
                    same = len(ptexts) == 1 and norm(ptexts[0]) == norm(t)
                    rec = {"text": t, "label": "verbatim" if same else "rewritten",
                           "parents": ptexts, "role": None, "drift": dr}
                    for x in dr:
                        drift.append({"child": did, "parent": parent, "parent_text": ptexts[0],
                                      "child_text": t, "field": x["field"], "from": x["from"], "to": x["to"]})
                sents.append(rec)
        keymaps[did] = kmap
        text = "\n\n".join(paras)
        title = body[0][0][1]
        documents[did] = {
            "id": did, "text": text, "language": "en", "outlet": outlet, "published": published,
            "url": url, "title": title, "kind": kind, "parent": parent,
            "credited": credit is not None, "credit_text": credit,
        }
        sentences[did] = sents
    ids = sorted(documents)
    fam = {"family": FAMILY,
           "documents": [documents[i] for i in ids],
           "sentences": {i: sentences[i] for i in ids},
           "drift": drift}
    with open(os.path.join(HERE, "family.json"), "w", encoding="utf-8") as f:
        json.dump(fam, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(fam, by_id)


def write_readme(fam, by_id):
    rows = []
    for d in fam["documents"]:
        c = {}
        for s in fam["sentences"][d["id"]]:
            c[s["label"]] = c.get(s["label"], 0) + 1
        counts = ", ".join(f"{k[:4]} {c[k]}" for k in ("verbatim", "rewritten", "original", "boilerplate") if k in c)
        parent = d["parent"].replace(FAMILY + "_", "") if d["parent"] else "—"
        credit = f"`{d['credit_text']}`" if d["credit_text"] else "—"
        rows.append(f"| {d['id'].replace(FAMILY + '_', '')} | {d['kind']} | {d['outlet']} | {d['published']} | "
                    f"{parent} | {credit} | {counts} | {by_id[d['id']][8]} |")
    table = "\n".join(["| id | kind | outlet | published | parent | credit | labels | notes |",
                       "|---|---|---|---|---|---|---|---|"] + rows)
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl.replace("{{TABLE}}", table))


if __name__ == "__main__":
    build()
