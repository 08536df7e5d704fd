#!/usr/bin/env python3
"""Generate train/reasoning.gen.jsonl: logic puzzles built from hand-written puzzle schemas
(ordering, knights and knaves, syllogisms, object swaps, seating) with random names and terms.
Ordering, seating and knights/knaves puzzles are checked by brute force to have a unique solution.
Deterministic (fixed seed), stdlib only.

Usage: python3 generators/gen_reasoning.py
"""
import itertools
import random

from gen_common_mcr import build_messages, write_jsonl

SEED = 20240613
N_ROWS = 150

NAMES = ["Amir", "Bea", "Cato", "Dina", "Emil", "Fen", "Gia", "Hugo", "Isla", "Jude", "Kira", "Leon",
         "Mara", "Nils", "Orla", "Pavel", "Rhea", "Soren", "Tala", "Vik", "Wren", "Xena", "Yusuf", "Zoe"]

ORDER_RELATIONS = [
    ("finished the race before", "finished the race after", "Who finished first, and what was the full finishing order?"),
    ("is older than", "is younger than", "Rank them from oldest to youngest."),
    ("arrived at the party before", "arrived at the party after", "In what order did they arrive?"),
    ("scored higher than", "scored lower than", "List them from highest to lowest score."),
    ("lives on a higher floor than", "lives on a lower floor than", "Who lives on the top floor? Give the full order."),
]

SYL_TERMS = [
    ("chefs", "early risers", "coffee drinkers"), ("pilots", "licence holders", "people who passed a medical"),
    ("violinists", "musicians", "people who practise daily"), ("robots", "machines", "things that need power"),
    ("tulips", "flowers", "plants"), ("lawyers", "graduates", "people who own suits"),
    ("gamers", "night owls", "people who drink energy drinks"), ("dragons", "creatures", "fire-breathers"),
    ("nurses", "shift workers", "people who sleep in the day"), ("bloggers", "writers", "people with deadlines"),
    ("cyclists", "commuters", "people who own helmets"), ("poets", "dreamers", "people who keep notebooks"),
]
SYL_FORMS = [
    ("All {a} are {b}. All {b} are {c}. Does it follow that all {a} are {c}?", "valid"),
    ("All {a} are {b}. Some {b} are {c}. Does it follow that some {a} are {c}?", "invalid"),
    ("No {a} are {b}. All {c} are {b}. Does it follow that no {c} are {a}?", "valid"),
    ("Some {a} are {b}. No {b} are {c}. Must some {a} not be {c}?", "valid"),
    ("All {a} are {b}. No {c} are {a}. Does it follow that no {c} are {b}?", "invalid"),
    ("Some {a} are not {b}. All {c} are {b}. Does it follow that some {a} are not {c}?", "valid"),
]

ITEMS = ["a red ball", "a blue ball", "a green ball", "a yellow ball", "a purple ball"]
GIFTS = ["a novel", "a scarf", "a puzzle", "a mug", "a plant"]

PUZZLE_WRAPPERS = [
    "{p}",
    "Logic puzzle: {p}",
    "{p} Think step by step.",
    "Can you solve this? {p}",
    "{p}\n\nExplain your reasoning before giving the answer.",
    "{p} Answer in JSON with keys \"answer\" and \"reasoning\".",
    "brain teaser for you: {p}",
    "My kid brought this home from school and I'm stuck: {p}",
    "{p} Please show how each clue is used.",
    "Reasoning question: {p}",
    "Puzzle night! {p}",
]


def ordering(r):
    n = r.choice([3, 4, 4, 5])
    people = r.sample(NAMES, n)
    rel, inv, q = r.choice(ORDER_RELATIONS)
    truth = people[:]  # index 0 = first / highest
    r.shuffle(truth)
    pos = {p: i for i, p in enumerate(truth)}
    pairs = [(a, b) for a in people for b in people if a != b and pos[a] < pos[b]]
    r.shuffle(pairs)
    clues = []
    for a, b in pairs:
        clues.append((a, b))
        sols = [perm for perm in itertools.permutations(people)
                if all(perm.index(x) < perm.index(y) for x, y in clues)]
        if len(sols) == 1:
            break
    if len(sols) != 1:
        return None
    text = []
    for a, b in clues:
        text.append(f"{a} {rel} {b}." if r.random() < 0.6 else f"{b} {inv} {a}.")
    intro = r.choice(["There are {n} people: {l}.", "{l} are the only people involved.", "Consider {l}."])
    names = f"{', '.join(people[:-1])} and {people[-1]}"
    return intro.format(n=n, l=names) + " " + " ".join(text) + " " + q


def knights(r):
    n = r.choice([2, 3])
    people = r.sample(NAMES, n)

    def statements(types):
        out = []
        for i, p in enumerate(people):
            j = r.choice([k for k in range(n) if k != i])
            form = r.randint(0, 3)
            if form == 0:
                out.append((p, f"{people[j]} is a knave.", lambda t, j=j: not t[j]))
            elif form == 1:
                out.append((p, f"{people[j]} and I are the same type.", lambda t, i=i, j=j: t[i] == t[j]))
            elif form == 2:
                out.append((p, "At least one of us is a knave.", lambda t: not all(t)))
            else:
                out.append((p, f"{people[j]} is a knight.", lambda t, j=j: t[j]))
        return out

    for _ in range(50):
        st = statements(None)
        sols = []
        for types in itertools.product([True, False], repeat=n):
            if all(types[i] == st[i][2](types) for i in range(n)):
                sols.append(types)
        if len(sols) == 1:
            says = " ".join(f"{p} says: \"{s}\"" for p, s, _ in st)
            return (f"On an island, knights always tell the truth and knaves always lie. "
                    f"You meet {', '.join(people[:-1])} and {people[-1]}. {says} Who is a knight and who is a knave?")
    return None


def syllogism(r):
    a, b, c = r.choice(SYL_TERMS)
    form, _ = r.choice(SYL_FORMS)
    return form.format(a=a, b=b, c=c)


def swaps(r):
    n = r.choice([3, 4, 5])
    people = r.sample(NAMES, n)
    things = r.choice([ITEMS, GIFTS])[:n]
    start = ", ".join(f"{p} has {t}" for p, t in zip(people, things))
    k = r.choice([3, 4, 5])
    steps = []
    for _ in range(k):
        a, b = r.sample(people, 2)
        steps.append(f"{a} and {b} swap")
    target = r.choice(people)
    return f"At the start, {start}. Then, in order: {'; '.join(steps)}. What does {target} have at the end?"


def seating(r):
    n = r.choice([4, 5])
    people = r.sample(NAMES, n)
    truth = people[:]
    r.shuffle(truth)
    pos = {p: i for i, p in enumerate(truth)}
    candidates = []
    for a in people:
        for b in people:
            if a == b:
                continue
            if pos[b] == pos[a] + 1:
                candidates.append(((a, b, "right"), f"{b} sits immediately to the right of {a}."))
            if abs(pos[a] - pos[b]) > 1 and a < b:
                candidates.append(((a, b, "notnext"), f"{a} does not sit next to {b}."))
        if pos[a] in (0, n - 1):
            candidates.append(((a, None, "end"), f"{a} sits at one end."))
        else:
            candidates.append(((a, None, "notend"), f"{a} is not at either end."))
    r.shuffle(candidates)

    def ok(perm, c):
        a, b, kind = c
        i = perm.index(a)
        if kind == "right":
            return perm.index(b) == i + 1
        if kind == "notnext":
            return abs(i - perm.index(b)) > 1
        if kind == "end":
            return i in (0, n - 1)
        return i not in (0, n - 1)

    chosen = []
    for c, txt in candidates:
        chosen.append((c, txt))
        sols = [p for p in itertools.permutations(people) if all(ok(p, cc) for cc, _ in chosen)]
        if len(sols) == 1:
            return (f"{n} friends — {', '.join(people)} — sit in a row of {n} seats, numbered left to right. "
                    + " ".join(t for _, t in chosen) + " Who sits in each seat?")
    return None


BUILDERS = [(ordering, 3), (knights, 3), (syllogism, 2), (swaps, 2), (seating, 2)]


def main():
    r = random.Random(SEED)
    pool = [b for b, w in BUILDERS for _ in range(w)]
    rows, seen = [], set()
    attempts = 0
    while len(rows) < N_ROWS and attempts < 20000:
        attempts += 1
        b = r.choice(pool)
        p = b(r)
        if not p:
            continue
        user = r.choice(PUZZLE_WRAPPERS).format(p=p)
        if r.random() < 0.07:
            user = user.lower()
        if user in seen:
            continue
        seen.add(user)
        msgs = build_messages(r, user)
        tools = msgs[0]["role"] == "system" and "Orbit" in msgs[0]["content"] and r.random() < 0.3
        rows.append({"task": "reasoning", "messages": msgs, "tools": tools, "style": f"generated: {b.__name__}"})
    print(write_jsonl("reasoning.gen.jsonl", rows), len(rows))


if __name__ == "__main__":
    main()
