"""Wraps the hand-written requests of more3_texts.py (one example each, no combinations) in the
contexts real traffic has: no system prompt, a short persona or a long agent prompt, and sometimes
earlier turns on other tasks. Writes train/<task>.more3.jsonl. Deterministic (seed 303):
    python3 gen_more3.py
"""
import json
import os
import random

from contrast_turns import AGENT_PROMPTS, PERSONAS, PRIOR
from more3_texts import TEXTS

TRAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train")


def wrap(rng, text):
    messages = []
    tools = False
    r = rng.random()
    if r < 0.12:
        messages.append({"role": "system", "content": rng.choice(AGENT_PROMPTS)})
        tools = rng.random() < 0.3
    elif r < 0.38:
        messages.append({"role": "system", "content": rng.choice(PERSONAS)})
    if rng.random() < 0.2:
        for u, a in rng.sample(PRIOR, rng.choice([1, 2, 3])):
            messages += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
    messages.append({"role": "user", "content": text})
    return messages, tools


def main():
    rng = random.Random(303)
    for task, texts in TEXTS.items():
        with open(os.path.join(TRAIN, task + ".more3.jsonl"), "w", encoding="utf-8") as f:
            for text in texts:
                messages, tools = wrap(rng, text)
                row = {"task": task, "messages": messages, "tools": tools, "style": "hand-written, instruction-dataset phrasing"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
