#!/usr/bin/env python3
"""Deterministic generator (stdlib only, fixed seed) for the text-b train files:
summarization, translation, rewrite, creative_writing, open_qa.

It combines hand-written instructions/briefs/questions (below) with the hand-written texts,
system prompts and earlier-turn histories in text_b_data.py, and writes
train/<task>.gen.jsonl (overwriting only those five files).  User texts that already occur
in the hand-written train/<task>.jsonl files are skipped, so no duplicates are created.

Run:  python3 router-rules/classifier/corpus/generators/gen_text_b.py
"""

import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from text_b_data import (  # noqa: E402
    FOREIGN_LONG_DOCS, HISTORIES, LANG_NAMES, LONG_DOCS, LONG_SYSTEMS, MED_DOCS, SHORT_SYSTEMS,
    SYS_AGENT, TRAIN, TRANSLATION_SNIPPETS, ex, write_jsonl)

SEED = 20241121
N_PER_TASK = {"summarization": 160, "translation": 160, "rewrite": 160,
              "creative_writing": 160, "open_qa": 160}

DOC_KIND = {
    "bike_lanes": "article", "product_sync": "meeting transcript", "vendor_emails": "email thread",
    "saas_clauses": "contract excerpt", "sleep_paper": "paper", "outage_chat": "chat log",
    "support_transcript": "support chat", "match_report": "match report", "earnings": "earnings call excerpt",
    "porto_blog": "blog post", "lentil_soup": "recipe post", "school_letter": "letter",
    "postmortem": "postmortem", "remote_policy": "policy", "discharge": "discharge summary",
    "coral": "article", "oped": "opinion piece", "prd": "product spec", "landlord_post": "forum post",
    "chef_podcast": "interview transcript", "nonprofit_minutes": "minutes", "housing_paper": "paper",
    "student_essay": "essay", "story_draft": "chapter",
}

# ------------------------------------------------------------------------------------------
# Shared wrapping: system prompt, earlier turns, tools flag
# ------------------------------------------------------------------------------------------


def wrap(rng, task, user, style, allow_history=True, force_system=None):
    system = None
    tags = [style]
    r = rng.random()
    if force_system is not None:
        system = force_system
        tags.append("long system prompt")
    elif r < 0.19:
        system = rng.choice(LONG_SYSTEMS)
        tags.append("long system prompt")
    elif r < 0.50:
        system = rng.choice(SHORT_SYSTEMS)
        tags.append("short persona")
    history = []
    if allow_history and rng.random() < 0.27:
        for h in rng.sample(HISTORIES, rng.choice([1, 1, 2])):
            history.extend(h)
        tags.append("multi-turn, earlier turns on other tasks")
    tools = system is SYS_AGENT and rng.random() < 0.6
    if not tools and system is not None and rng.random() < 0.03:
        tools = True
    if tools:
        tags.append("tools offered")
    return ex(task, user, system=system, history=history, tools=tools, style=", ".join(tags))


def place(rng, instr, text):
    """Instruction first, text first, or colon-joined."""
    k = rng.random()
    if k < 0.5:
        return instr + "\n\n" + text, "instruction first"
    if k < 0.8:
        return text + "\n\n" + instr, "text first"
    if instr.endswith("?"):
        return instr + "\n" + text, "instruction first, single newline"
    return instr.rstrip(".:") + ":\n" + text, "instruction first, colon"


def typoify(rng, text, rate=0.08):
    """Deterministic typo injection: swap, drop or double letters in some words."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 1)
            op = rng.random()
            if op < 0.4:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op < 0.7:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


def casual(rng, s):
    """Lower-case and strip final punctuation, sometimes with a typo: a sloppy-typing variant."""
    s = s.lower().rstrip(".")
    if rng.random() < 0.5:
        s = typoify(rng, s, 0.15)
    return s


# ------------------------------------------------------------------------------------------
# SUMMARIZATION
# ------------------------------------------------------------------------------------------

SUM_INSTR = [
    "Summarize this in three sentences.",
    "Can you give me a short summary of the text below?",
    "Please summarise the following in plain English.",
    "TL;DR please.",
    "What's the gist of this?",
    "Give me the key takeaways as bullet points.",
    "I need a one-paragraph summary of this for my manager.",
    "Condense this to about 50 words.",
    "Could you boil this down to the essentials?",
    "In one sentence, what is this about?",
    "Write a brief summary I can paste into our team chat.",
    "Main points only, please - bullets are fine.",
    "Sum this up for someone who has 30 seconds.",
    "Give me an executive summary (max 80 words).",
    "Shorten this to its core message.",
    "What are the three most important points here?",
    "Produce a short abstract of this text.",
    "Summarise the key facts, leaving out the detail.",
    "Quick recap of this, please.",
    "Headline plus two-sentence summary, please.",
    "Make a short summary for the newsletter, neutral tone.",
    "Read this and tell me briefly what it says.",
    "Could you give me the short version?",
    "Key points, numbered, no more than five.",
    "Summarize for a busy reader: what happened and what happens next?",
    "Give me a tl;dr I can put at the top.",
    "I don't have time to read all of this. What's it saying?",
    "Digest this into a few lines for my notes.",
    "Write a summary of roughly 100 words.",
    "Cut this down to a short synopsis.",
    "Please provide a concise overview of the following.",
    "Summarise in bullet points for a slide.",
    "Give me a one-line summary.",
    "Brief me on this in plain words.",
    "Outline the main ideas of this text in a short paragraph.",
    "Pls summarize, short",
    "sumary of this pls",
    "whats this saying in short",
    "Summary?",
    "Short summary in simple language, please.",
]
SUM_INSTR_JSON = [
    'Return JSON {"summary": "..."} with a two-sentence summary of the text.',
    'Answer only with JSON: {"tldr": string, "key_points": [string, string, string]}.',
    'Summarize and output {"headline": ..., "summary": ...} as valid JSON.',
    'Give me JSON with keys "one_sentence" and "bullets" summarising this.',
]
SUM_INSTR_OTHER_LANG = [
    "Résume ce texte en quelques phrases.",
    "Fasse den folgenden Text kurz zusammen.",
    "Resume este texto en pocas líneas, por favor.",
]
SUM_INSTR_LONG = [
    "Summarize this {kind} in a short paragraph.",
    "What are the key points of this {kind}? Bullets, please.",
    "Give me a five-bullet summary of the {kind} below.",
    "Can you write a tl;dr of this {kind}?",
    "I need a short summary of this {kind} for someone who wasn't there.",
    "Condense the {kind} into about 120 words.",
    "Please summarise the following {kind} for a busy executive.",
    "What does this {kind} say, in brief?",
]
SUM_TERSE = ["tl;dr", "summary?", "gist?", "tldr pls", "summarize", "key points?", "in short?", "short version?"]


def gen_summarization(rng, seen):
    out = []
    med = list(MED_DOCS)
    longs = list(LONG_DOCS.items())
    pairs = [(i, d) for i in SUM_INSTR for d in range(len(med))]
    rng.shuffle(pairs)
    jpairs = [(i, d) for i in SUM_INSTR_JSON for d in range(len(med))]
    rng.shuffle(jpairs)
    lpairs = [(i, k) for i in SUM_INSTR_LONG for k, _ in longs]
    rng.shuffle(lpairs)
    opairs = [(i, d) for i in SUM_INSTR_OTHER_LANG for d in range(len(med))]
    rng.shuffle(opairs)
    plan = [("med", 88), ("json", 24), ("long", 26), ("other", 6), ("terse", 16)]
    for kind, n in plan:
        made = 0
        while made < n:
            if kind == "med":
                instr, d = pairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "medium pasted text, " + pl
            elif kind == "json":
                instr, d = jpairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "medium text, JSON output, " + pl
            elif kind == "long":
                instr, k = lpairs.pop()
                user, pl = place(rng, instr.format(kind=DOC_KIND[k]), LONG_DOCS[k])
                style = "long pasted text, " + pl
            elif kind == "other":
                instr, d = opairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "non-English instruction, English text, " + pl
            else:
                d = rng.randrange(len(med))
                t = rng.choice(SUM_TERSE)
                user, pl = place(rng, t, med[d])
                style = "terse instruction, medium text, " + pl
            if kind == "med" and rng.random() < 0.08:
                user = casual(rng, user[:1]) + user[1:]
            if user in seen:
                continue
            seen.add(user)
            out.append(wrap(rng, "summarization", user, style))
            made += 1
    return out


# ------------------------------------------------------------------------------------------
# REWRITE
# ------------------------------------------------------------------------------------------

RW_INSTR = [
    "Rewrite this in a more formal tone.",
    "Can you make this sound friendlier?",
    "Please paraphrase the following text.",
    "Make this more concise but keep every point.",
    "Simplify this so a 12-year-old could understand it.",
    "Rephrase this in plain English.",
    "Make the tone more professional.",
    "Could you reword this so it reads more smoothly?",
    "Turn this into bullet points without dropping anything.",
    "Could this sound more enthusiastic?",
    "Switch it to the first person plural ('we').",
    "Change the tone to neutral and factual.",
    "More polite, please.",
    "Restructure this into short paragraphs with clear headings.",
    "Put this into simpler words for non-native speakers.",
    "Tone this down a bit, it sounds too pushy.",
    "Reword this so it doesn't sound like a template.",
    "Make this less formal, it's for a casual newsletter.",
    "Adapt this for a British audience (spelling and idiom).",
    "Give this a warmer, more human tone.",
    "Rephrase each sentence but keep the meaning identical.",
    "Tighten the wording; don't remove any information.",
    "Recast this in the passive voice where possible.",
    "Rewrite this as if it were spoken aloud in a short voice message.",
    "Improve the flow and word choice, same content.",
    "Could you rewrite this in a more confident voice?",
    "Please make this easier to read.",
    "Reformat this as a numbered list.",
    "It sounds robotic. Fix the tone, same content.",
    "Convert this into a short FAQ with the same information.",
    "rewrite pls, more casual",
    "make this sound nicer",
    "reword this so its clearer",
    "Same content, different words, please.",
    "Edit this for clarity and tone.",
]
RW_PROOF = [
    "Please proofread this and fix the spelling mistakes.",
    "Fix the typos and grammar, nothing else.",
    "Can you correct the errors in this text?",
    "Proofread:",
    "fix spelling pls",
    "Correct any mistakes but keep my wording.",
    "Clean up the typos in this, please.",
    "Check this for errors and give me the corrected version.",
]
RW_JSON = [
    'Rewrite this more formally and return {"rewritten": "..."} only.',
    'Give me JSON {"casual": ..., "formal": ...} with two rewrites of the text.',
    'Proofread and answer as JSON: {"corrected_text": string, "num_changes": int}.',
]
RW_OTHER_LANG = [
    "Reformule ce texte de manière plus formelle, s'il te plaît.",
    "Formuliere diesen Text bitte einfacher.",
    "Reescribe este texto con un tono más amable.",
]
RW_LONG = [
    "Rewrite this {kind} in a more formal register, keeping all the content.",
    "Make this {kind} easier to read for a general audience. Same content, simpler words.",
    "Could you tighten this {kind}? Keep every fact, just cut the wordiness.",
    "Please rephrase the {kind} below so it reads more naturally.",
    "Reformat this {kind} with clear headings and bullet points, without dropping anything.",
    "Give the {kind} a warmer, friendlier tone.",
]


def gen_rewrite(rng, seen):
    out = []
    med = list(MED_DOCS)
    pairs = [(i, d) for i in RW_INSTR for d in range(len(med))]
    rng.shuffle(pairs)
    ppairs = [(i, d) for i in RW_PROOF for d in range(len(med))]
    rng.shuffle(ppairs)
    jpairs = [(i, d) for i in RW_JSON for d in range(len(med))]
    rng.shuffle(jpairs)
    opairs = [(i, d) for i in RW_OTHER_LANG for d in range(len(med))]
    rng.shuffle(opairs)
    lpairs = [(i, k) for i in RW_LONG for k in LONG_DOCS]
    rng.shuffle(lpairs)
    plan = [("med", 78), ("proof", 26), ("json", 24), ("other", 6), ("long", 26)]
    for kind, n in plan:
        made = 0
        while made < n:
            if kind == "med":
                instr, d = pairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "medium text, " + pl
            elif kind == "proof":
                instr, d = ppairs.pop()
                text = typoify(rng, med[d], 0.1)
                user, pl = place(rng, instr, text)
                style = "proofreading, text with injected typos, " + pl
            elif kind == "json":
                instr, d = jpairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "JSON output, " + pl
            elif kind == "other":
                instr, d = opairs.pop()
                user, pl = place(rng, instr, med[d])
                style = "non-English instruction, " + pl
            else:
                instr, k = lpairs.pop()
                user, pl = place(rng, instr.format(kind=DOC_KIND[k]), LONG_DOCS[k])
                style = "long pasted text, " + pl
            if user in seen:
                continue
            seen.add(user)
            out.append(wrap(rng, "rewrite", user, style))
            made += 1
    return out


# ------------------------------------------------------------------------------------------
# TRANSLATION
# ------------------------------------------------------------------------------------------

TR_INSTR = [
    "Translate this into {lang}.",
    "Can you translate the following into {lang}?",
    "Please render this in {lang}.",
    "{lang} translation, please:",
    "How would you say this in {lang}?",
    "I need this in {lang}.",
    "Could you put this into {lang} for me?",
    "Keep the tone, but in {lang}, please.",
    "What's this in {lang}?",
    "Give me a natural-sounding {lang} version of this.",
    "For a customer, so keep it polite - {lang} version please.",
    "Help me translate this to {lang}.",
    "{lang} please.",
    "Turn this into {lang}.",
    "translate to {lang} pls",
    "in {lang}?",
    "Need a quick {lang} translation of this.",
    "Could you help with a {lang} version of the text below?",
]
TR_INSTR_TO_EN = [
    "What does this say?",
    "Into English, please.",
    "Can you tell me what this means in English?",
    "English translation please.",
    "I got this message, what does it mean?",
    "What's this in English?",
    "Please translate into English.",
    "A contact sent me this. Could you put it into English so I can reply?",
]
# requests written in another language; {lang} filled with the name in that language
TR_INSTR_FOREIGN = [
    ("fr", "Traduis ce texte en {lang}, s'il te plaît.", {"en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien"}),
    ("fr", "Peux-tu traduire ceci en {lang} ?", {"en": "anglais", "de": "allemand", "es": "espagnol", "pt": "portugais"}),
    ("es", "Traduce esto al {lang}, por favor.", {"en": "inglés", "fr": "francés", "de": "alemán", "it": "italiano"}),
    ("es", "¿Me lo puedes traducir al {lang}?", {"en": "inglés", "fr": "francés", "pt": "portugués"}),
    ("de", "Übersetze das bitte ins {lang}.", {"en": "Englische", "fr": "Französische", "es": "Spanische", "it": "Italienische"}),
    ("de", "Kannst du mir das auf {lang} übersetzen?", {"en": "Englisch", "fr": "Französisch", "pl": "Polnisch"}),
]
TR_TARGETS = ["fr", "de", "es", "it", "pt", "nl", "pl", "ja", "zh", "ko", "ru", "ar", "tr", "sv", "hi",
              "uk", "vi", "id", "el", "cs", "fi", "da", "ro", "he"]
TR_JSON = [
    'Translate into {lang} and reply only with JSON: {{"translation": "..."}}.',
    'Return {{"source_lang": ..., "target_lang": "{lang}", "text": ...}} with the translation.',
    'Output JSON with key "{code}" holding the {lang} translation.',
]
TR_LONG = [
    "Translate the {kind} below into {lang}. Keep the structure.",
    "Please produce a full {lang} translation of this {kind}.",
    "We need this {kind} in {lang} for our partners.",
    "Could you translate this {kind} into {lang}? Names and numbers unchanged.",
]


def gen_translation(rng, seen):
    out = []
    snippets = list(TRANSLATION_SNIPPETS)
    en_snips = [s for s in snippets if s[0] == "en"]
    foreign_snips = [s for s in snippets if s[0] != "en"]
    plan = [("snip_en", 42), ("snip_foreign", 28), ("foreign_instr", 14), ("med", 26), ("json", 24),
            ("long", 20), ("followup", 6)]
    for kind, n in plan:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 5000, kind
            if kind == "snip_en":
                _, text = rng.choice(en_snips)
                tgt = rng.choice(TR_TARGETS)
                instr = rng.choice(TR_INSTR).format(lang=LANG_NAMES[tgt])
                if rng.random() < 0.5:
                    user, pl = place(rng, instr, text)
                else:
                    user, pl = instr.rstrip(".:?") + ": \"" + text + "\"", "inline quote"
                style = "short English sentence to " + LANG_NAMES[tgt] + ", " + pl
            elif kind == "snip_foreign":
                src, text = rng.choice(foreign_snips)
                if rng.random() < 0.6:
                    instr = rng.choice(TR_INSTR_TO_EN)
                    tgt = "English"
                else:
                    tgt = LANG_NAMES[rng.choice([t for t in TR_TARGETS + ["en"] if t != src])]
                    instr = rng.choice(TR_INSTR).format(lang=tgt)
                user, pl = place(rng, instr, text)
                style = "short %s text to %s, %s" % (LANG_NAMES[src], tgt, pl)
            elif kind == "foreign_instr":
                ilang, tmpl, names = rng.choice(TR_INSTR_FOREIGN)
                tgt = rng.choice(sorted(names))
                cands = [s for s in snippets if s[0] not in (tgt,)]
                src, text = rng.choice(cands)
                user, pl = place(rng, tmpl.format(lang=names[tgt]), text)
                style = "request written in %s, %s text to %s, %s" % (LANG_NAMES[ilang], LANG_NAMES[src],
                                                                      LANG_NAMES[tgt], pl)
            elif kind == "med":
                text = rng.choice(MED_DOCS)
                tgt = rng.choice(TR_TARGETS)
                instr = rng.choice(TR_INSTR).format(lang=LANG_NAMES[tgt])
                user, pl = place(rng, instr, text)
                style = "medium English text to " + LANG_NAMES[tgt] + ", " + pl
            elif kind == "json":
                src, text = rng.choice(snippets)
                tgt = rng.choice([t for t in TR_TARGETS + ["en"] if t != src])
                instr = rng.choice(TR_JSON).format(lang=LANG_NAMES[tgt], code=tgt)
                user, pl = place(rng, instr, text)
                style = "JSON output, %s to %s, %s" % (LANG_NAMES[src], LANG_NAMES[tgt], pl)
            elif kind == "long":
                if rng.random() < 0.3:
                    k = rng.choice(sorted(FOREIGN_LONG_DOCS))
                    text = FOREIGN_LONG_DOCS[k]
                    instr = rng.choice(["Translate this into English, please.", "English version of this, please.",
                                        "Could you translate the text below into English?"])
                else:
                    k = rng.choice(sorted(LONG_DOCS))
                    text = LONG_DOCS[k]
                    tgt = rng.choice(TR_TARGETS)
                    instr = rng.choice(TR_LONG).format(kind=DOC_KIND[k], lang=LANG_NAMES[tgt])
                user, pl = place(rng, instr, text)
                style = "long text, " + pl
            else:
                # translate the assistant's previous output
                q, a = rng.choice([
                    ("Write a two-sentence welcome message for hotel guests.",
                     "Welcome to Hotel Marisol! We hope you enjoy your stay, and our reception team is here around the clock if you need anything."),
                    ("Give me three tips for staying safe in hot weather.",
                     "1. Drink water regularly, even if you're not thirsty.\n2. Stay out of the sun between 11am and 3pm.\n3. Keep curtains closed during the day to keep rooms cool."),
                    ("Draft a short note saying the office is closed on Monday.",
                     "Please note that the office will be closed on Monday for the public holiday. We will reopen on Tuesday at 9am."),
                    ("Summarise in one sentence: " + MED_DOCS[6],
                     "Train drivers will strike three days next week over pay, so Northline will run a reduced service and passengers should check before travelling."),
                ])
                tgt = rng.choice(TR_TARGETS)
                user = rng.choice(["Now translate that into {lang}.", "Can you give me that in {lang}?",
                                   "{lang} version please.", "And in {lang}?"]).format(lang=LANG_NAMES[tgt])
                if user in seen:
                    continue
                seen.add(user)
                out.append(ex("translation", user, history=[q, a], style="multi-turn, translate previous answer"))
                made += 1
                continue
            if rng.random() < 0.07:
                user = casual(rng, user[:1]) + user[1:]
            if user in seen:
                continue
            seen.add(user)
            out.append(wrap(rng, "translation", user, style))
            made += 1
    return out


# ------------------------------------------------------------------------------------------
# CREATIVE WRITING
# ------------------------------------------------------------------------------------------

CW_FORMS = ["a haiku", "a limerick", "a short poem", "a sonnet", "a short story", "a bedtime story",
            "a fable", "a rap verse", "song lyrics", "a free-verse poem", "a six-line rhyming poem",
            "a micro-story (under 100 words)", "a comic dialogue", "a diary entry", "a fairy tale",
            "a ghost story", "a short scene for a play", "an acrostic poem", "a ballad", "a monologue"]
CW_SUBJECTS = [
    "a lighthouse keeper who hates the sea", "a robot learning to bake bread", "the last day of summer",
    "a cat who thinks it is a dog", "a city after the rain", "an old man and his vegetable garden",
    "a lost umbrella looking for its owner", "a nervous first day at a new school", "the night shift at a hospital",
    "two rival food trucks", "a dragon who is afraid of fire", "a marathon runner at mile 20",
    "a forgotten library book", "moving to a new country", "a grandmother's kitchen",
    "a spaceship's janitor", "the first snow of the year", "a chess game between a king and a pawn",
    "a football team that never wins", "a houseplant with big dreams", "a train that runs only at midnight",
    "a bakery at 4 a.m.", "the sound of the sea in a shell", "a detective who is also a dentist",
    "Monday mornings", "an octopus who collects bottle caps", "a wedding where everything goes wrong",
    "the smell of old books", "a village where it never stops raining", "a retired superhero",
    "a barista who can read minds", "a tree that has seen 500 years", "the last bus home",
    "a stubborn goat on a mountain", "a child's first bicycle ride", "a time traveller stuck in 1987",
    "a pirate who gets seasick", "autumn leaves", "a city fox", "an accountant who secretly writes poetry",
]
CW_CONSTRAINTS = ["", "", "", " Keep it under 100 words.", " Make it funny.", " Give it a twist ending.",
                  " Make it suitable for kids.", " Make it melancholy.", " Use lots of sensory detail.",
                  " Rhyme, please.", " Written in second person.", " Make it uplifting."]
CW_TEMPLATES = [
    "Write {form} about {subject}.{c}",
    "Got a request: {form} about {subject}.{c}",
    "Could you write {form} about {subject}?{c}",
    "I'd love {form} about {subject}.{c}",
    "Compose {form} about {subject}.{c}",
    "Can you come up with {form} about {subject}?{c}",
    "Give me {form} about {subject}.{c}",
    "{Form} about {subject}, please.{c}",
    "Please write me {form} about {subject}.{c}",
    "Create {form} featuring {subject}.{c}",
    "How about {form} about {subject}?{c}",
    "Make up {form} about {subject}.{c}",
    "I need {form} about {subject} for a class.{c}",
]
CW_COPY_ITEMS = [
    ("a reusable coffee cup made from bamboo fibre", "eco-conscious commuters"),
    ("a neighbourhood bakery that opens at 6am", "local families"),
    ("a language-learning app for travellers", "people planning holidays"),
    ("a dog-walking service", "busy professionals"),
    ("a community choir looking for new members", "people who think they can't sing"),
    ("a vintage bicycle shop", "students"),
    ("a small independent bookshop", "book lovers"),
    ("a hot sauce made with Scotch bonnet and mango", "foodies"),
    ("a budgeting app", "young adults with their first job"),
    ("a yoga studio", "beginners who are a bit intimidated"),
    ("a home-cleaning service that uses non-toxic products", "parents of toddlers"),
    ("a board game café", "groups of friends"),
    ("a repair café", "people who throw things away too easily"),
    ("an electric cargo bike", "parents doing the school run"),
    ("a weekend farmers' market", "city dwellers"),
]
CW_COPY_TYPES = [
    "a catchy slogan", "five tagline options", "a short, playful product description",
    "an Instagram caption", "a radio ad script (20 seconds)", "a punchy launch tweet",
    "a flyer headline and two lines of copy", "a short jingle",
]
CW_COPY_TEMPLATES = [
    "Write {ctype} for {item}, aimed at {aud}.",
    "We need {ctype} for {item}. Target audience: {aud}.",
    "Come up with {ctype} for {item} that would appeal to {aud}.",
    "Could you draft {ctype} for {item}? It's for {aud}.",
    "Marketing help: {ctype} for {item}, audience is {aud}.",
]
CW_EMAILS = [
    ("my landlord", "asking to fix a broken boiler before the weekend"),
    ("a client", "thanking them for a successful project and proposing a follow-up call"),
    ("my team", "announcing that the office will close early on Friday"),
    ("a teacher", "explaining that my son will miss school for a family wedding"),
    ("a hotel", "asking for a late check-out and a quiet room"),
    ("my manager", "requesting two days of leave next month"),
    ("a supplier", "asking for an updated price list and delivery times"),
    ("new volunteers", "welcoming them to the food bank and explaining the first shift"),
    ("a former colleague", "asking if they'd be willing to be a reference"),
    ("the parents of my football team", "about the end-of-season party"),
    ("a conference organiser", "proposing a talk about accessible design"),
    ("my neighbours", "inviting them to a garden party on Saturday"),
]
CW_EMAIL_TEMPLATES = [
    "Email to {who} {what}, please.",
    "Draft a short email to {who}, {what}.",
    "Can you write a polite email to {who} {what}?",
    "I need an email to {who} {what}. Keep it friendly.",
    "Help me write a message to {who} {what}.",
]
CW_TONES = ["warm and witty", "calm and reassuring", "bold and energetic", "playful, a bit cheeky",
            "elegant and understated", "friendly and down-to-earth"]
CW_DETAILS = ["we're a small family business", "we launch next month", "packaging is plastic-free",
              "we donate 5% of profits to a local charity", "everything is made within 30 miles of the shop",
              "there's a 10% launch discount with code HELLO10", "we've been running for 12 years",
              "it won a regional award last year"]
CW_BRIEF_ASKS = ["Can you write it?", "Please draft the copy.", "Over to you - go for it.",
                 "Write two versions so I can choose.", "Keep it short enough for a postcard."]


def cw_brief(rng):
    item, aud = rng.choice(CW_COPY_ITEMS)
    dets = rng.sample(CW_DETAILS, 2)
    return ("Brief for {ctype}:\n- what: {item}\n- audience: {aud}\n- tone: {tone}\n- details: {d1}; {d2}\n"
            "- length: {ln}\n\n{ask}").format(ctype=rng.choice(CW_COPY_TYPES), item=item, aud=aud,
                                              tone=rng.choice(CW_TONES), d1=dets[0], d2=dets[1],
                                              ln=rng.choice(["under 50 words", "about 80 words", "one short paragraph",
                                                             "whatever feels right"]),
                                              ask=rng.choice(CW_BRIEF_ASKS))


CW_JSON = [
    'Return JSON {{"title": ..., "text": ...}} containing {form} about {subject}.',
    'Output JSON with keys "title" and "lines" (a list) containing {form} about {subject}.',
    'Give me three options for {form} about {subject} as a JSON array of strings.',
]
CW_LONG = [
    "Something fun: a short poem inspired by this {kind}.",
    "Turn this {kind} into a funny limerick.",
    "Write a haiku that captures the mood of this {kind}.",
    "Using this {kind} as inspiration, write a very short story (under 200 words) with invented characters.",
    "Write a playful rhyming poem about this {kind} for the office noticeboard.",
]
CW_OTHER_LANG = [
    "Écris un court poème sur {s}.", "Escribe un cuento corto sobre {s}.", "Schreib ein kurzes Gedicht über {s}.",
]
CW_OTHER_SUBJ = {"fr": ["la pluie à Paris", "un chat paresseux", "le premier jour d'école", "la mer en été"],
                 "es": ["un faro abandonado", "un perro que quiere volar", "la abuela y su cocina", "el último tren"],
                 "de": ["den Herbst im Wald", "eine alte Straßenbahn", "einen verregneten Sonntag", "einen müden Bäcker"]}


def gen_creative(rng, seen):
    out = []
    plan = [("poem_story", 62), ("copy", 14), ("brief", 18), ("email", 14), ("json", 22), ("long", 16), ("other", 6),
            ("terse", 8)]
    for kind, n in plan:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 5000, kind
            if kind == "poem_story":
                form = rng.choice(CW_FORMS)
                subj = rng.choice(CW_SUBJECTS)
                t = rng.choice(CW_TEMPLATES)
                user = t.format(form=form, Form=form[0].upper() + form[1:], subject=subj,
                                c=rng.choice(CW_CONSTRAINTS))
                style = "short creative request"
                if rng.random() < 0.08:
                    user = casual(rng, user)
                    style += ", casual/typos"
            elif kind == "copy":
                item, aud = rng.choice(CW_COPY_ITEMS)
                user = rng.choice(CW_COPY_TEMPLATES).format(ctype=rng.choice(CW_COPY_TYPES), item=item, aud=aud)
                style = "marketing copy with flair"
            elif kind == "brief":
                user = cw_brief(rng)
                style = "medium brief with bullet facts, marketing copy"
            elif kind == "email":
                who, what = rng.choice(CW_EMAILS)
                user = rng.choice(CW_EMAIL_TEMPLATES).format(who=who, what=what)
                style = "functional email from points (new text)"
            elif kind == "json":
                user = rng.choice(CW_JSON).format(form=rng.choice(CW_FORMS), subject=rng.choice(CW_SUBJECTS))
                style = "JSON output"
            elif kind == "long":
                k = rng.choice(sorted(LONG_DOCS))
                user, pl = place(rng, rng.choice(CW_LONG).format(kind=DOC_KIND[k]), LONG_DOCS[k])
                style = "long pasted text as inspiration, " + pl
            elif kind == "other":
                i = rng.randrange(3)
                lang = ["fr", "es", "de"][i]
                user = CW_OTHER_LANG[i].format(s=rng.choice(CW_OTHER_SUBJ[lang]))
                style = "request in " + LANG_NAMES[lang]
            else:
                user = rng.choice(["haiku: ", "limerick: ", "poem about ", "slogan for ", "story: ", "joke about "]) + \
                    rng.choice(["rain", "coffee", "dentists", "Mondays", "my cat", "a dentist office", "tax season",
                                "a bakery", "penguins", "the office printer", "gardening", "a bike shop"])
                style = "terse"
            if user in seen:
                continue
            seen.add(user)
            out.append(wrap(rng, "creative_writing", user, style))
            made += 1
    return out


# ------------------------------------------------------------------------------------------
# OPEN QA
# ------------------------------------------------------------------------------------------

OQ_PROCON_TOPICS = [
    "working from home full time", "buying an electric car in 2025", "homeschooling", "a four-day work week",
    "renting instead of buying", "studying abroad", "freelancing", "living in a big city", "owning a dog",
    "intermittent fasting", "nuclear power", "solar panels on an old house", "learning two languages at once",
    "a gap year before university", "open-plan offices", "school uniforms", "self-publishing a book",
    "opening a franchise", "index funds", "tiny houses", "co-living spaces", "remote-first startups",
    "banning phones in schools", "standing desks", "subscription business models", "a vegetarian diet",
    "city congestion charges", "joining a union", "using a financial adviser", "paying off debt before investing",
]
OQ_PROCON_T = [
    "What are the pros and cons of {t}?",
    "Pros and cons of {t}?",
    "Can you weigh up the advantages and disadvantages of {t}?",
    "Is {t} a good idea? What are the trade-offs?",
    "I'm considering {t}. What should I think about?",
    "Give me a balanced view on {t}.",
    "What do people get wrong about {t}?",
]
OQ_HOWTO = [
    "prepare for a job interview at a startup", "get better sleep with a newborn", "ask for a raise",
    "make friends after moving to a new city", "start running without getting injured", "save for a house deposit",
    "handle a difficult customer", "keep houseplants alive", "learn to cook on a budget", "stay focused while studying",
    "reduce my screen time", "deal with burnout", "negotiate with a car dealer", "organise a small wedding",
    "plan a trip to Iceland in winter", "support a friend who is grieving", "become a better public speaker",
    "run an effective team meeting", "choose a university course", "prepare my garden for winter",
    "raise a bilingual child", "get my first client as a freelancer", "cut my energy bills",
    "talk to my teenager about social media", "recover after a bad performance review",
    "build a morning routine", "introduce a new cat to my dog", "decide whether to go back to university",
    "get more customers for my café", "manage a remote team across time zones",
]
OQ_HOWTO_T = [
    "How should I {t}?", "Any tips on how to {t}?", "What's the best way to {t}?", "How do I {t}?",
    "I want to {t}. Where do I start?", "Advice needed: how can I {t}?", "What would you suggest to {t}?",
]
OQ_EXPLAIN = [
    "how vaccines work", "why inflation happens", "how the immune system fights a cold", "what causes the seasons",
    "how credit scores work", "why the Roman Empire fell", "how photosynthesis works", "what causes earthquakes",
    "how a mortgage works", "why some countries are richer than others", "how the stock market works",
    "what causes climate change", "how antibiotics resistance develops", "why we need sleep",
    "how elections work in a parliamentary system", "what a central bank does", "how tides work",
    "why bread rises", "how the heart pumps blood", "why the Cold War started", "how insurance works",
    "what makes a good teacher", "why exercise improves mood", "how supply chains work",
    "why the sky is blue", "how jet engines work", "what causes migraines", "why bees are disappearing",
]
OQ_EXPLAIN_T = [
    "Can you explain {t}?", "Explain {t} in simple terms.", "I've never understood {t}. Could you explain?",
    "Help me understand {t}.", "Explain {t} like I'm 12.", "Could you give me a clear explanation of {t}?",
    "Walk me through {t}.",
]
OQ_COMPARE = [
    ("a Roth IRA", "a traditional IRA"), ("cast iron", "non-stick pans"), ("Spanish", "French as a first foreign language"),
    ("a gym membership", "home workouts"), ("public schools", "private schools"), ("trains", "flights in Europe"),
    ("an MBA", "work experience"), ("iPhone", "Android for an older parent"), ("yoga", "pilates for back pain"),
    ("a fixed-rate", "a variable-rate mortgage"), ("leasing", "buying a car"), ("renting", "buying"),
    ("a Kindle", "paper books"), ("coffee", "tea for focus"), ("freelancing", "a salaried job"),
    ("a big company", "a startup for a first job"), ("an e-bike", "a regular bike for commuting"),
]
OQ_COMPARE_T = [
    "{a} or {b}: which is better and why?", "Compare {a} and {b}.", "What's the difference between {a} and {b}, and which would you choose?",
    "Should I go for {a} or {b}?", "{a} vs {b}?", "How do {a} and {b} compare?",
]
OQ_PERSONA = ["I'm a nurse", "I'm a teacher", "I'm 45", "I'm a student", "I run a small shop", "I'm retired",
              "I'm a new parent", "I work night shifts", "I'm self-employed", "I'm moving abroad next year"]
OQ_SITUATIONS = [
    ("My manager keeps scheduling meetings during my lunch break and I end up eating at my desk at 3pm.",
     "How can I raise this without seeming difficult?"),
    ("We have a 6-year-old who refuses to read at home, although her teacher says she reads fine at school.",
     "What might be going on, and how can we make reading at home less of a battle?"),
    ("I've been a nurse for 12 years and I'm thinking about moving into management, but I'd miss patient contact.",
     "How do people usually decide between clinical work and management?"),
    ("Our small restaurant gets great reviews but half the tables are empty on weekdays.",
     "What would you try to bring in more weekday customers?"),
    ("I keep starting online courses and abandoning them after two weeks.",
     "What actually helps adults stick with self-study?"),
    ("My elderly neighbour has started asking me for help every day and I'm finding it overwhelming.",
     "How can I set boundaries kindly while still making sure she's okay?"),
    ("Our football club's under-14 team has lost every match this season and the kids are getting demoralised.",
     "How should a volunteer coach keep them motivated?"),
    ("I inherited 20,000 and I have no idea what to do with it. No debts, some savings already.",
     "How should I think about using it sensibly?"),
    ("We're moving from a big city to a rural village for a quieter life, with two teenagers.",
     "What should we think about to help the move go well for everyone?"),
    ("My startup co-founder and I disagree about whether to take venture capital or grow slowly with revenue.",
     "How should we approach this decision together?"),
    ("I've been offered a six-month secondment abroad, but my partner can't come with me.",
     "What should we consider before I say yes?"),
    ("Our office is going back to three days a week in person and morale has dropped.",
     "As a team lead, what can I do to make the office days worth it?"),
    ("I'm a GP receptionist and patients are increasingly angry about waiting times.",
     "How can I handle these conversations without burning out?"),
    ("My teenage son wants to drop out of sixth form to become a full-time gamer and streamer.",
     "How do I take him seriously while still being realistic?"),
]
OQ_BACKGROUND = ["", "", "For context, I'm in the UK.", "Money is a bit tight at the moment.",
                 "I'm in my thirties, if that matters.", "Please be honest with me.",
                 "I'd appreciate honest, practical advice."]

OQ_JSON = [
    'Answer as JSON with "pros" and "cons" lists: {q}',
    'Respond in JSON {{"answer": ..., "tips": [...]}}. {q}',
    'Format your reply as JSON with keys "summary" and "details". Question: {q}',
]
OQ_LONG_Q = {
    "landlord_post": ["What are this tenant's options, and what would you do first?",
                      "How should someone in this situation approach the landlord without making things worse?"],
    "discharge": ["What lifestyle changes usually help someone with this diagnosis, in general?",
                  "How can family members best support a patient after a discharge like this?"],
    "remote_policy": ["Do you think this policy strikes a fair balance? What would you change?",
                      "How could a manager apply this policy fairly across a team with very different needs?"],
    "prd": ["What questions would you ask before approving this spec?",
            "How would you prioritise the requirements if you had half the time?"],
    "oped": ["Would a four-day week suit a small school or a GP surgery? What would need to change?",
             "Would this approach work in healthcare or retail? Why or why not?"],
    "postmortem": ["What culture changes help teams learn from incidents like this?",
                   "How would you explain the lessons of this incident to non-technical leadership?"],
    "vendor_emails": ["How should a buyer handle a supplier who keeps missing dates?",
                      "What would a fair compromise look like here, and how should each side approach the call?"],
    "bike_lanes": ["What could the council do to win over the shop owners?",
                   "Why are bike lane projects so controversial in many cities?"],
    "sleep_paper": ["What would you advise a nurse starting night shifts next month?",
                    "Why might adherence to an intervention like this be only moderate?"],
    "school_letter": ["How can parents talk to primary-age children about online safety?",
                      "What could the school do to improve attendance without penalising families?"],
    "chef_podcast": ["What can other restaurants learn from how this chef runs her kitchen?",
                     "Why does the way a dish is described affect how much people order it?"],
    "coral": ["Is it realistic to save coral reefs? What gives you hope and what worries you?",
              "What can an ordinary person do that actually helps reefs?"],
    "housing_paper": ["What does this mean for someone deciding where to buy a home?",
                      "How should governments respond if hybrid work is reshaping housing demand?"],
    "earnings": ["How should an investor think about a company with one weak division like this?",
                 "Why do companies narrow their guidance, and what does it signal?"],
    "nonprofit_minutes": ["How can a small charity keep volunteers engaged year-round?",
                          "What's the best way for a board to handle a complaint from a neighbour?"],
    "porto_blog": ["Is travelling off-season worth it? What are the downsides?",
                   "How would you plan three days in Porto for a family with young kids?"],
}


def gen_open_qa(rng, seen):
    out = []
    plan = [("procon", 24), ("howto", 26), ("explain", 22), ("compare", 16), ("json", 22), ("long", 22),
            ("persona", 10), ("situation", 18)]
    for kind, n in plan:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 5000, kind
            if kind == "procon":
                user = rng.choice(OQ_PROCON_T).format(t=rng.choice(OQ_PROCON_TOPICS))
                style = "pros/cons, short"
            elif kind == "howto":
                user = rng.choice(OQ_HOWTO_T).format(t=rng.choice(OQ_HOWTO))
                style = "advice, short"
            elif kind == "explain":
                user = rng.choice(OQ_EXPLAIN_T).format(t=rng.choice(OQ_EXPLAIN))
                style = "explanation, short"
            elif kind == "compare":
                a, b = rng.choice(OQ_COMPARE)
                user = rng.choice(OQ_COMPARE_T).format(a=a, b=b)
                user = user[0].upper() + user[1:]
                style = "comparison, short"
            elif kind == "json":
                q = rng.choice([rng.choice(OQ_PROCON_T).format(t=rng.choice(OQ_PROCON_TOPICS)),
                                rng.choice(OQ_HOWTO_T).format(t=rng.choice(OQ_HOWTO))])
                user = rng.choice(OQ_JSON).format(q=q)
                style = "JSON output"
            elif kind == "long":
                k = rng.choice(sorted(OQ_LONG_Q))
                q = rng.choice(OQ_LONG_Q[k])
                user, pl = place(rng, q, LONG_DOCS[k])
                style = "long pasted text as context, open question, " + pl
            elif kind == "situation":
                sit, q = rng.choice(OQ_SITUATIONS)
                bg = rng.choice(OQ_BACKGROUND)
                user = " ".join(x for x in (sit, bg, q) if x)
                style = "medium personal situation, advice"
            else:
                p = rng.choice(OQ_PERSONA)
                user = p + ". " + rng.choice(OQ_HOWTO_T).format(t=rng.choice(OQ_HOWTO))
                style = "advice with personal context"
            if kind in ("procon", "howto", "explain", "compare") and rng.random() < 0.1:
                user = casual(rng, user)
                style += ", casual/typos"
            if user in seen:
                continue
            seen.add(user)
            out.append(wrap(rng, "open_qa", user, style))
            made += 1
    return out


GENERATORS = {"summarization": gen_summarization, "translation": gen_translation, "rewrite": gen_rewrite,
              "creative_writing": gen_creative, "open_qa": gen_open_qa}


def load_existing_user_texts():
    seen = set()
    for task in GENERATORS:
        p = os.path.join(TRAIN, task + ".jsonl")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    seen.add(json.loads(line)["messages"][-1]["content"])
    return seen


def main():
    seen = load_existing_user_texts()
    for task, fn in GENERATORS.items():
        rng = random.Random("%s-%s" % (SEED, task))
        recs = fn(rng, seen)
        assert len(recs) == N_PER_TASK[task], (task, len(recs))
        write_jsonl(os.path.join(TRAIN, task + ".gen.jsonl"), recs)
        print("%s: %d generated" % (task, len(recs)))


if __name__ == "__main__":
    main()
