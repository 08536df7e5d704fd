"""Requests wrapped in the prompt scaffolding of apps and instruction datasets: a persona preamble
inside the user turn ("You are an expert ... Your task: ..."), "### Instruction" sections,
[INST] tags, Q:/A: frames and output-format footers. The scaffolding comes first and is the same
for every task, so the classifier must look past it. Inner requests are the hand-written ones of
more3_texts.py and contrast_turns.py. Writes train/<task>.framed.jsonl. Deterministic (seed 909):
    python3 gen_framed.py
"""
import json
import os
import random

from contrast_turns import ALONE
from more3_texts import TEXTS

TRAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train")
PER_TASK = 30

FRAMES = [
    "You are an expert {role}. Your task: {req}",
    "You are {role}. {req}",
    "I want you to act as {role}. {req}",
    "Act as {role}.\n\n{req}",
    "### Instruction\n{req}\n\n### Response:",
    "### Task\n{req}\n### Output",
    "Instruction: {req}\nOutput:",
    "[INST] {req} [/INST]",
    "<task>\n{req}\n</task>",
    "Q: {req}\nA:",
    "Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n{req}",
    "Task: {req}\nConstraints: be concise; no preamble.\nFormat: plain text.",
    "Context: I'm {role}.\nRequest: {req}",
    "{req}\n\nRespond in valid JSON only.",
    "{req}\n\n(Answer briefly, no explanations.)",
    "Hello! Hope you're well. {req} Thanks a lot in advance!",
    "SYSTEM NOTE: follow the user's request exactly.\nUSER REQUEST: {req}",
    "Please help.\n\n{req}",
]

ROLES = ["a helpful assistant", "an AI model", "a senior analyst", "a careful assistant", "a domain expert",
         "a meticulous professional", "a world-class consultant", "an assistant for a busy team",
         "a teacher", "an editor", "a data scientist", "a customer-service specialist", "a researcher",
         "a marketing lead", "a software engineer", "a linguist", "a lawyer", "a nurse"]


def main():
    rng = random.Random(909)
    for task, texts in TEXTS.items():
        pool = texts + ALONE[task]
        with open(os.path.join(TRAIN, task + ".framed.jsonl"), "w", encoding="utf-8") as f:
            for req in rng.sample(pool, min(PER_TASK, len(pool))):
                frame = rng.choice(FRAMES)
                content = frame.replace("{role}", rng.choice(ROLES)).replace("{req}", req)
                row = {"task": task, "messages": [{"role": "user", "content": content}], "tools": False,
                       "style": "prompt scaffolding around a hand-written request"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
