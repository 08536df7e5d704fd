"""Shared, hand-written context material for gen_math.py, gen_code.py and gen_reasoning.py.

Deterministic, stdlib only. Each generator writes only its own train/<task>.gen.jsonl.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "..", "train")

PERSONAS = [
    "You are a helpful assistant.",
    "You are a concise assistant. Keep answers short.",
    "You are Sol, an AI assistant inside a note-taking app.",
    "You are a friendly study helper for secondary-school students.",
    "You are an assistant for employees of Brambleway Insurance.",
    "Always answer in plain text without Markdown.",
    "You are a helpful assistant. The user's locale is en-GB.",
    "You are Juniper, a cheerful assistant. Use a warm tone.",
]

AGENT_PROMPT = """You are Orbit, an AI assistant embedded in the Fieldnote workspace (docs, tasks, chat) used by small teams.

Capabilities and tools
- `search_workspace(query)`: finds documents, tasks and messages the user can access.
- `create_task(title, assignee?, due?)`: creates a task in the current project.
- `run_python(code)`: executes short Python snippets in a sandbox (no network, 10 s limit). Use it for calculations or data wrangling when precision matters, and show the result.
- `get_calendar(range)`: reads the user's calendar.
Call tools only when they clearly help. Never invent tool output. If a tool fails, say so and continue.

Behaviour
- Answer the user's actual request first; offer follow-ups only if useful.
- You can help with anything a knowledgeable colleague could: writing, editing, maths, code, analysis, planning, explanations, puzzles.
- If a request is ambiguous, make a sensible assumption and state it in one short line.
- Keep a professional, friendly tone. Do not use emojis unless the user does.

Formatting
- Use Markdown headings only for long answers. Use fenced code blocks with language tags for code. Use LaTeX ($...$) for maths.
- Keep answers under 300 words unless the user asks for more or the task needs it (full code files, detailed solutions).

Privacy and safety
- Workspace content is confidential to the team. Do not reveal content from documents the user did not ask about.
- Do not store personal data in tasks unless the user asks you to.
- Decline requests to write malware, harass people, or bypass security controls; offer a safe alternative where possible.

Context
- Workspace: "Lumen Robotics — Product". Current user role: member. Date: Thursday 2024-09-12. Timezone: Europe/Amsterdam.
"""

# Earlier turns about unrelated tasks (user, assistant) used to build multi-turn contexts.
PRIOR_TURNS = [
    ("Can you make this sentence more formal: 'we gotta push the launch a bit'?",
     "\"We need to postpone the launch slightly.\""),
    ("What's the capital of Portugal?", "Lisbon."),
    ("Translate 'good morning' into Italian.", "\"Buongiorno.\""),
    ("Summarise in one line: the quarterly meeting moved to Thursday and the budget review is cancelled.",
     "The quarterly meeting is now on Thursday and the budget review is off."),
    ("Give me a title for a blog post about composting at home.", "\"Rot Right: A Beginner's Guide to Home Composting\""),
    ("Is this review positive? 'Great value, fast delivery.'", "Yes, it's positive."),
    ("Thanks for your help earlier!", "You're welcome! What can I help with next?"),
    ("What does 'ubiquitous' mean?", "Present or found everywhere."),
    ("Write a one-line birthday message for my coworker Sam.", "Happy birthday, Sam — hope your year is as great as your coffee order is complicated!"),
    ("Fix the typo: 'Pleasse find attached the report.'", "\"Please find attached the report.\""),
]


def build_messages(rng, user, p_system=0.4, p_agent=0.12, p_multi=0.2):
    """Wrap a user text with an optional system prompt and optional unrelated earlier turns."""
    msgs = []
    r = rng.random()
    if r < p_agent:
        msgs.append({"role": "system", "content": AGENT_PROMPT})
    elif r < p_system:
        msgs.append({"role": "system", "content": rng.choice(PERSONAS)})
    if rng.random() < p_multi:
        for u, a in rng.sample(PRIOR_TURNS, rng.choice([1, 1, 2])):
            msgs.append({"role": "user", "content": u})
            msgs.append({"role": "assistant", "content": a})
    msgs.append({"role": "user", "content": user})
    return msgs


def write_jsonl(name, rows):
    path = os.path.join(TRAIN, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
