"""Contrastive training data: the same hand-written documents (and short opinionated snippets)
under instructions of every task, placed first, last, inline or in an earlier turn, some of them
saying what they do not want ("not a summary"); stand-alone requests after follow-up openers that
name a different task; short personas and long agent system prompts.

Writes train/<task>.contrast.jsonl for the 13 tasks. Deterministic (seed 2026), stdlib only:
    python3 gen_contrast.py
"""
import json
import os
import random

from contrast_asks import ASKS, INTROS, MATH_FRAMES, SHORT_QA_FRAMES
from contrast_docs import DOCS, SNIPPETS
from contrast_turns import AGENT_PROMPTS, ALONE, OPENERS, PERSONAS, PRIOR

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "..", "train")
TASKS = ["sentiment", "classification", "extraction", "short_qa", "completion", "summarization",
         "translation", "rewrite", "creative_writing", "open_qa", "math", "code", "reasoning"]
ASKS_PER_DOC = 4
# Remote-tier tasks over a pasted document are the costly confusions (sent local as summaries or
# rewrites), so they get more examples per document.
ASKS_PER_DOC_BY_TASK = {"code": 2, "open_qa": 6, "creative_writing": 6, "reasoning": 5}


def typo(rng, text):
    """Lower-case and swap two letters of one word, as hurried users type."""
    words = text.lower().split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 3:
        j = rng.randrange(len(w) - 1)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words).rstrip("?.!")


def place(rng, ask, text, noun="text"):
    """Put the instruction before, after, around or inline with the pasted text, or after it with a
    task-neutral opening before it."""
    form = rng.randrange(9)
    if form >= 7:
        return rng.choice(INTROS).format(n=noun) + "\n\n" + text + "\n\n" + ask
    if form == 0:
        return ask + "\n\n" + text
    if form == 1:
        return text + "\n\n" + ask
    if form == 2 and len(text) < 700:
        return ask + ' "' + text.replace("\n", " ") + '"'
    if form == 3:
        return ask + "\n---\n" + text + "\n---"
    if form == 4:
        return "Text:\n" + text + "\n\nTask: " + ask
    if form == 5:
        return ask + "\n\n" + text + "\n\n(Again: " + ask[0].lower() + ask[1:] + ")"
    return text + "\n\n" + typo(rng, ask)


def system(rng, messages):
    r = rng.random()
    if r < 0.15:
        messages.append({"role": "system", "content": rng.choice(AGENT_PROMPTS)})
        return rng.random() < 0.3
    if r < 0.4:
        messages.append({"role": "system", "content": rng.choice(PERSONAS)})
    return False


def row(task, messages, tools, style):
    return {"task": task, "messages": messages, "tools": tools, "style": style}


def grounded(rng, task, doc, ask):
    """A document and an instruction in the last turn, or the document in an earlier turn."""
    messages = []
    tools = system(rng, messages)
    ask = ask.format(n=doc["noun"])
    if rng.random() < 0.2:
        other = rng.choice([t for t in ASKS if t != task and t not in ("math", "completion")])
        first = rng.choice(ASKS[other]).format(n=doc["noun"])
        messages.append({"role": "user", "content": place(rng, first, doc["text"], doc["noun"])})
        messages.append({"role": "assistant", "content": "Done — see above. Anything else about this " + doc["noun"] + "?"})
        messages.append({"role": "user", "content": rng.choice(["", "Now ", "Next: ", "Also, "]) + ask})
        return row(task, messages, tools, "document in an earlier turn, follow-up instruction")
    messages.append({"role": "user", "content": place(rng, ask, doc["text"], doc["noun"])})
    return row(task, messages, tools, "pasted " + doc["noun"] + " with instruction")


def cut(rng, text):
    """The text stopped mid-sentence, as a completion request leaves it."""
    words = text.split(" ")
    end = rng.randrange(len(words) * 5 // 10, len(words) * 85 // 100)
    while end > 3 and words[end - 1][-1:] in ".!?:;,\n":
        end -= 1
    return " ".join(words[:end])


def completions(rng, doc):
    rows = []
    for ask in rng.sample(ASKS["completion"], 2) + [None]:
        partial = cut(rng, doc["text"])
        messages = []
        tools = system(rng, messages)
        content = partial if ask is None else place(rng, ask.format(n=doc["noun"]), partial, doc["noun"])
        messages.append({"role": "user", "content": content})
        rows.append(row("completion", messages, tools, "document cut mid-sentence"))
    return rows


def framed(rng, task, doc, questions, frames):
    rows = []
    for q in questions:
        for frame in rng.sample(frames, 2):
            rows.append(grounded(rng, task, doc, frame.replace("{q}", q)))
    return rows


def alone(rng, task, text):
    """A stand-alone request, sometimes after earlier turns and a misleading opener."""
    messages = []
    tools = system(rng, messages)
    if rng.random() < 0.6:
        for u, a in rng.sample(PRIOR, rng.choice([1, 2])):
            messages.append({"role": "user", "content": u})
            messages.append({"role": "assistant", "content": a})
        text = rng.choice(OPENERS) + text
    messages.append({"role": "user", "content": text})
    return row(task, messages, tools, "stand-alone request, multi-turn or persona")


def build(rng):
    out = {task: [] for task in TASKS}
    for doc in DOCS:
        for task, asks in ASKS.items():
            if task in ("completion", "math"):
                continue
            for ask in rng.sample(asks, min(ASKS_PER_DOC_BY_TASK.get(task, ASKS_PER_DOC), len(asks))):
                out[task].append(grounded(rng, task, doc, ask))
        out["short_qa"] += framed(rng, "short_qa", doc, doc["questions"], SHORT_QA_FRAMES)
        if doc["sums"]:
            out["math"] += framed(rng, "math", doc, [doc["sums"]], MATH_FRAMES)
            out["math"].append(grounded(rng, "math", doc, rng.choice(ASKS["math"])))
        out["completion"] += completions(rng, doc)
    for doc in SNIPPETS:
        for task, asks in ASKS.items():
            if task not in ("completion", "math", "code"):
                out[task].append(grounded(rng, task, doc, rng.choice(asks)))
    for task, texts in ALONE.items():
        for text in texts:
            for _ in range(2):
                out[task].append(alone(rng, task, text))
    return out


def main():
    rng = random.Random(2026)
    seen = set()
    for task, rows in build(rng).items():
        path = os.path.join(TRAIN, task + ".contrast.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                key = r["messages"][-1]["content"]
                if key not in seen:
                    seen.add(key)
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
