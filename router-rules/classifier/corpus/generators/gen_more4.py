"""Wraps the hand-written boundary requests of more4_texts.py (one example each) in the same
contexts as gen_more3.py. Writes train/<task>.more4.jsonl. Deterministic (seed 404):
    python3 gen_more4.py
"""
import json
import os
import random

from gen_more3 import TRAIN, wrap
from more4_texts import TEXTS


def main():
    rng = random.Random(404)
    for task, texts in TEXTS.items():
        with open(os.path.join(TRAIN, task + ".more4.jsonl"), "w", encoding="utf-8") as f:
            for text in texts:
                messages, tools = wrap(rng, text)
                row = {"task": task, "messages": messages, "tools": tools, "style": "hand-written, task boundary"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
