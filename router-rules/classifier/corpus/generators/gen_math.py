#!/usr/bin/env python3
"""Generate train/math.gen.jsonl: hand-written maths problem families with random numbers,
wrapped in hand-written instruction phrasings and contexts. Deterministic (fixed seed), stdlib only.

Usage: python3 generators/gen_math.py
"""
import random

from gen_common_mcr import build_messages, write_jsonl

SEED = 20240611
N_ROWS = 150

NAMES = ["Aisha", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kemi", "Luca", "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Tariq", "Yuki"]
ITEMS = [("notebooks", "notebook"), ("concert tickets", "concert ticket"), ("bags of flour", "bag of flour"),
         ("bus passes", "bus pass"), ("plant pots", "plant pot"), ("phone cases", "phone case"),
         ("paperbacks", "paperback"), ("candles", "candle")]


def f_percent(r):
    p = r.choice([5, 8, 12, 15, 18, 22, 25, 35, 40, 65])
    n = r.choice([80, 240, 360, 480, 750, 1200, 2600, 3850])
    return f"What is {p}% of {n}?"


def f_discount(r):
    price = r.choice([24, 45, 60, 89, 120, 250, 399])
    d = r.choice([10, 15, 20, 25, 30, 40])
    item = r.choice(["a pair of boots", "a lamp", "a backpack", "a bike helmet", "a coffee grinder", "a winter coat"])
    return f"{r.choice(NAMES)} buys {item} priced at ${price} with a {d}% discount and then pays 8% sales tax on the discounted price. How much does {r.choice(['she', 'he', 'they'])} pay in total?"


def f_speed(r):
    d = r.choice([90, 150, 210, 336, 420, 560])
    t = r.choice([1.5, 2, 2.5, 3, 3.5, 4])
    mode = r.choice(["a coach", "a cyclist", "a ferry", "a delivery drone", "a train"])
    return f"If {mode} covers {d} km in {t} hours, what is its average speed, and how long would it take to cover {d + r.choice([30, 60, 90])} km at that speed?"


def f_rect(r):
    a, b = r.randint(3, 25), r.randint(3, 25)
    return f"A rectangular plot is {a} m by {b} m. Find its area and perimeter, and the length of its diagonal to one decimal place."


def f_circle(r):
    rad = r.choice([2, 3.5, 4, 6, 7.5, 9, 12])
    return f"Find the circumference and area of a circle with radius {rad} cm (use π ≈ 3.1416)."


def f_convert(r):
    kind = r.randint(0, 4)
    if kind == 0:
        return f"Convert {r.choice([3, 10, 26.2, 13.1, 42, 100])} miles to kilometres (1 mile = 1.609 km)."
    if kind == 1:
        return f"How many pounds is {r.choice([2.5, 5, 12, 68, 75, 90])} kg? (1 kg ≈ 2.2046 lb)"
    if kind == 2:
        return f"Convert {r.choice([-10, 0, 18, 25, 37, 180, 220])} °C to Fahrenheit, showing the formula."
    if kind == 3:
        return f"A recipe needs {r.choice([1.5, 2, 2.5, 3])} US cups of stock. How many millilitres is that if 1 cup = 236.6 mL?"
    return f"My car's tank holds {r.choice([40, 45, 55, 60, 70])} litres. How many US gallons is that (1 gal = 3.785 L)?"


def f_simple_interest(r):
    p = r.choice([1500, 2000, 5000, 8000, 12000])
    rate = r.choice([2, 3.5, 4, 5, 6.5])
    yrs = r.choice([2, 3, 4, 5, 7])
    return f"Compare simple and compound (annual) interest on ${p} at {rate}% for {yrs} years. What's the difference?"


def f_linear(r):
    x = r.randint(-9, 12)
    a = r.choice([2, 3, 4, 5, 6, 7])
    b = r.randint(-20, 20)
    c = r.choice([1, 2, 3])
    d = a * x + b - c * x
    return f"Solve for x: {a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}x {'+' if d >= 0 else '-'} {abs(d)}"


def f_quadratic(r):
    p, q = r.randint(-7, 7), r.randint(-7, 7)
    b, c = -(p + q), p * q
    bs = f"{'+' if b >= 0 else '-'} {abs(b)}x" if b else ""
    cs = f"{'+' if c >= 0 else '-'} {abs(c)}" if c else ""
    return f"Solve x² {bs} {cs} = 0 by factoring.".replace("  ", " ")


def f_derivative(r):
    a, b, c = r.randint(2, 9), r.randint(1, 9), r.randint(1, 12)
    n = r.choice([3, 4, 5])
    cx = "x" if c == 1 else f"{c}x"
    return f"Differentiate f(x) = {a}x^{n} - {b}x^2 + {cx} and find f'({r.randint(1, 3)})."


def f_integral(r):
    a, b = r.randint(1, 6), r.randint(1, 9)
    lo, hi = 0, r.randint(1, 4)
    return f"Evaluate the definite integral of ({a}x^2 + {b}) dx from {lo} to {hi}."


def f_mean(r):
    xs = [r.randint(1, 60) for _ in range(r.choice([5, 6, 7, 8]))]
    return f"Find the mean, median and range of: {', '.join(map(str, xs))}."


def f_balls(r):
    red, blue = r.randint(2, 9), r.randint(2, 9)
    return f"A box has {red} red and {blue} blue counters. Two are drawn without replacement. What is the probability both are the same colour?"


def f_scale(r):
    base = r.choice([2, 4, 6])
    target = r.choice([3, 5, 9, 10, 15])
    g = r.choice([150, 240, 300, 450])
    ing = r.choice(["pasta", "lentils", "flour", "rice"])
    return f"A recipe for {base} servings uses {g} g of {ing}. How much {ing} do I need for {target} servings?"


def f_wage(r):
    rate = r.choice([11.5, 12.8, 15, 17.25, 22])
    h = r.choice([18, 25, 32, 38])
    ot = r.choice([3, 4, 6, 8])
    n = r.choice(NAMES)
    return f"{n} earns ${rate} an hour for the first {h} hours a week and time-and-a-half after that. Last week {n} worked {h + ot} hours. What was the gross pay?"


def f_split(r):
    total = r.choice([86.4, 132.75, 214.2, 318.9, 64.5])
    k = r.choice([3, 4, 5, 6])
    tip = r.choice([10, 12.5, 15, 18, 20])
    return f"Our dinner bill is ${total:.2f}. We want to add a {tip}% tip and split it evenly between {k} people. How much each?"


def f_rate(r):
    a, b = r.choice([(4, 6), (3, 6), (5, 20), (6, 12), (8, 24), (10, 15)])
    return f"One printer finishes a job in {a} hours and another in {b} hours. How long if they work together?"


def f_ratio(r):
    a, b = r.choice([(2, 3), (3, 5), (1, 4), (5, 7), (3, 4)])
    total = (a + b) * r.choice([15, 20, 36, 50, 120])
    n1, n2 = r.sample(NAMES, 2)
    return f"{n1} and {n2} share ${total} in the ratio {a}:{b}. How much does each get?"


def f_age(r):
    k = r.choice([2, 3, 4])
    child = r.randint(4, 12)
    parent = k * child
    yrs = r.choice([5, 6, 8, 10])
    return (f"A mother is {k} times as old as her son. In {yrs} years she will be {parent + yrs} years old. "
            f"How old is the son now, and how old will he be then?")


def f_items(r):
    plural, single = r.choice(ITEMS)
    n = r.randint(3, 12)
    price = r.choice([2.5, 3.75, 4.2, 6.99, 12.5])
    paid = r.choice([50, 100])
    return f"{r.choice(NAMES)} buys {n} {plural} at ${price} per {single} and pays with a ${paid} note. How much change?"


def f_sequence(r):
    a, d = r.randint(-5, 10), r.randint(2, 9)
    return f"Find the {r.choice([15, 20, 25, 40])}th term and the sum of the first {r.choice([10, 20, 30])} terms of the arithmetic sequence {a}, {a + d}, {a + 2 * d}, ..."


def f_pythag(r):
    a, b = r.choice([(6, 8), (5, 12), (9, 12), (8, 15), (7, 24), (12, 16)])
    return f"A ladder reaches {b} ft up a wall with its foot {a} ft from the wall. How long is the ladder?"


FAMILIES = [f_percent, f_discount, f_speed, f_rect, f_circle, f_convert, f_simple_interest, f_linear,
            f_quadratic, f_derivative, f_integral, f_mean, f_balls, f_scale, f_wage, f_split, f_rate,
            f_ratio, f_age, f_items, f_sequence, f_pythag]

WRAPPERS = [
    "{p}",
    "{p} Show your work.",
    "Can you help me with this? {p}",
    "hw question: {p}",
    "{p}\n\nAnswer in JSON: {{\"answer\": <number or list>, \"steps\": [<strings>]}}",
    "Please solve step by step: {p}",
    "quick one — {p}",
    "I'm checking my homework. {p} I got a different answer from my friend.",
    "{p} Explain each step like I'm 12.",
    "Solve this and give only the final answer: {p}",
    "My teacher gave us this: \"{p}\" How do I approach it?",
    "{p} (please round to 2 decimal places where needed)",
    "Could you work this out for me? {p}",
    "Math problem:\n{p}",
    "{p} thanks!!",
]


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    attempts = 0
    while len(rows) < N_ROWS and attempts < 10000:
        attempts += 1
        fam = r.choice(FAMILIES)
        p = fam(r)
        w = r.choice(WRAPPERS)
        user = w.format(p=p)
        if r.random() < 0.08:
            user = user.lower()
        if user in seen:
            continue
        seen.add(user)
        msgs = build_messages(r, user)
        rows.append({"task": "math", "messages": msgs, "tools": msgs[0]["role"] == "system" and "Orbit" in msgs[0]["content"] and r.random() < 0.3,
                     "style": f"generated: {fam.__name__[2:]} + wrapper {WRAPPERS.index(w)}"})
    print(write_jsonl("math.gen.jsonl", rows), len(rows))


if __name__ == "__main__":
    main()
