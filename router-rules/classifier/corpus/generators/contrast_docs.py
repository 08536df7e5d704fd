"""Hand-written documents for gen_contrast.py: the same pasted text under the instructions of
different tasks, so that the task is learned from the instruction and not from the text.

Each document: noun (how a user would call it), text, questions (short factual questions about it
with a short answer, hand-written per document) and sums (a calculation over its numbers, or None).
"""

DOCS = [
    dict(noun="email", text="""Hi all,

Quick reminder that the Year 8 trip to the Kestrel Bay Science Centre is on Friday 14 June. The coach leaves the main gate at 8:15 sharp and we should be back by 15:30. The cost is £18 per pupil, which covers entry and the coach; please pay through the parent portal by Monday 10 June. Pupils need a packed lunch, a waterproof and comfortable shoes. If your child has medication, hand it to Mr Okafor in a labelled bag on the morning of the trip.

Thanks,
Delphine Marsh, Head of Science""",
         questions=["What time does the coach leave?", "Who should medication be handed to?"],
         sums="If 27 pupils go and 4 teachers go free, how much money does the school collect in total?"),
    dict(noun="review", text="""I've used the Halvard burr grinder every morning for five weeks. The grind is impressively consistent for espresso and the dial clicks are easy to repeat. Cleaning, though, is a pain: the chute clogs with oily beans and you need a brush every other day. It's also loud enough to wake my partner, which the marketing conveniently never mentions. At 189 dollars I expected a better hopper lid than this wobbly plastic thing. Would I buy it again? Probably, but only on sale.""",
         questions=["How long has the reviewer used the grinder?", "What did the grinder cost?"],
         sums="If the grinder goes on sale at 22% off, what would it cost?"),
    dict(noun="article", text="""Riverside Library will close for eleven weeks from 1 July while contractors replace its leaking roof and install a lift, the borough council confirmed on Tuesday. The £2.4 million project is funded mostly by a national heritage grant, with the council contributing £600,000. During the closure a pop-up branch will run from the community hall on Mill Lane on weekdays from 10 am to 4 pm. Library manager Priya Raman said borrowing had risen by 18 percent last year and the building 'simply could not keep up'. Opposition councillors questioned why the repairs had been delayed since 2019.""",
         questions=["How long will the library be closed?", "Who is the library manager?"],
         sums="What share of the project cost does the council pay, as a percentage?"),
    dict(noun="clinic note", text="""Patient: 34-year-old recreational runner. Presenting complaint: right ankle inversion injury 6 days ago on a trail run. Swelling over the lateral ligaments, bruising down to the heel, able to weight-bear four steps with pain. Ottawa ankle rules negative, no X-ray needed. Assessment: grade II lateral ankle sprain. Plan: compression and elevation for another 3 days, start balance exercises at day 7, gradual return to running from week 4 if pain-free on hopping. Review in 2 weeks. Advised paracetamol rather than ibuprofen for the first 48 hours.""",
         questions=["Which ankle was injured?", "When is the review?"],
         sums=None),
    dict(noun="contract clause", text="""7. Termination. Either party may terminate this Agreement by giving the other party not less than sixty (60) days' written notice. The Supplier may terminate immediately by written notice if the Customer fails to pay any undisputed invoice within thirty (30) days of its due date and does not remedy the failure within ten (10) business days of being notified. On termination the Customer shall pay for all Services performed up to the termination date, and each party shall return or destroy the other's Confidential Information within fourteen (14) days.""",
         questions=["How much notice is needed to terminate?", "Within how many days must confidential information be returned?"],
         sums="If notice is given on 3 March, what is the earliest date the agreement can end?"),
    dict(noun="meeting notes", text="""Sprint 42 retro — attendees: Ines, Marco, Tobi, Grace, Sunil.
Went well: checkout redesign shipped two days early; on-call was quiet (3 pages all week).
Didn't go well: staging was down Tuesday and Wednesday, blocking QA; estimates for the search work were off by about 40%.
Ideas: Grace suggested a staging health check before standup; Marco wants to split search tickets smaller.
Actions: Sunil to add the staging check by next Friday; Tobi to pair with Marco on ticket splitting; Ines to book a session with the data team about search metrics.""",
         questions=["Who is adding the staging health check?", "How many pages came in during on-call?"],
         sums=None),
    dict(noun="recipe", text="""Red lentil soup (serves 4)
Soften 1 chopped onion, 2 carrots and 2 garlic cloves in 2 tbsp olive oil for 8 minutes. Stir in 1 tsp cumin and 1 tsp smoked paprika, then add 250 g red lentils, a 400 g tin of chopped tomatoes and 1.2 litres of vegetable stock. Simmer for 25 minutes until the lentils collapse. Blend half of it, stir back, season with salt and the juice of half a lemon. Keeps 4 days in the fridge or 3 months frozen.""",
         questions=["How long does the soup simmer?", "How many people does it serve?"],
         sums="Scale the recipe for 10 people: how many grams of lentils and how much stock are needed?"),
    dict(noun="chat transcript", text="""Customer: my internet has been dropping every evening since Sunday, it's unusable after 7pm
Agent: Sorry to hear that! Can you tell me the lights on your router when it drops?
Customer: the globe light goes orange
Agent: Thanks. I can see 14 disconnections on your line this week. I'll book an engineer for Thursday between 8 and 1.
Customer: I work from home, Thursday morning is impossible, can it be Saturday?
Agent: Saturday 9-12 is available, I've booked it. Reference TK-88213.
Customer: ok fine. will I get money back for this week?
Agent: Yes, a credit of £6.50 will be applied to your next bill.""",
         questions=["What is the booking reference?", "What colour does the globe light turn?"],
         sums="If the monthly bill is £38 before the credit, what will the next bill be, and what percent discount is the credit?"),
    dict(noun="forum post", text="""Thinking about leaving accounting for nursing at 31. I've been an auditor for eight years, the money is good but I dread Mondays and I feel like nothing I do matters. My mum was a nurse and I volunteered at a hospice during lockdown and honestly those were the best months I've had. The problem: a nursing degree is three years, I'd take a huge pay cut, and I have a mortgage. My partner is supportive but worried. Has anyone here switched careers this late? Did you regret it?""",
         questions=["How old is the poster?", "How long have they worked as an auditor?"],
         sums=None),
    dict(noun="abstract", text="""Urban green roofs are increasingly promoted as habitat for wild bees, but evidence on their value remains limited. We surveyed bee communities on 22 green roofs and 22 paired ground-level sites across three cities over two summers. Roofs supported on average 41% fewer bee species than ground sites, and abundance declined sharply above 15 metres. However, roofs planted with diverse native perennials held species richness comparable to ground sites below that height. We conclude that green roof design and height strongly condition their conservation value.""",
         questions=["How many green roofs were surveyed?", "Above what height did abundance drop?"],
         sums="If a ground site had 34 bee species, about how many would the average roof have?"),
    dict(noun="match report", text="""Ashford Wolves came from two goals down to beat Kelby Rovers 3-2 in a frantic league decider on Saturday. Rovers led through a Dane Moreau header after 12 minutes and a penalty on 38. Wolves captain Ellis Grant pulled one back just before half-time, substitute Kofi Mensah levelled on 71 minutes and Grant struck again in the 89th minute, curling in from the edge of the box. The win lifts Wolves to 64 points, one ahead of Rovers with a game to play. A crowd of 8,412 saw the game.""",
         questions=["Who scored Wolves' winning goal?", "What was the final score?"],
         sums="If the average ticket was £17.50, what were the gate receipts?"),
    dict(noun="booking confirmation", text="""Booking confirmed — Hotel Alcázar Verde, Seville
Guest: Tomasz Wilk | Confirmation no. AV-55012
Check-in: Thu 17 Oct from 15:00 | Check-out: Sun 20 Oct by 11:00
Room: Superior double, courtyard view, breakfast included
Rate: €142 per night, city tax €2.50 per person per night (2 guests), payable at the hotel
Free cancellation until 14 Oct 23:59; after that the first night is charged.""",
         questions=["What is the confirmation number?", "What is the check-out time?"],
         sums="What is the total cost of the stay including city tax?"),
    dict(noun="post", text="""third cancelled train this week. THIRD. paying £312 a month for a season ticket so Northway Rail can tell me at 7:52 that the 7:55 'is no longer running due to operational reasons'. missed my daughter's assembly on tuesday because of this. genuinely don't know why I bother. @NorthwayRail any comment???""",
         questions=["How much does the season ticket cost per month?", "Which train was cancelled?"],
         sums="If half of the 20 working days this month had a cancelled train, what is the season ticket cost per disrupted day?"),
    dict(noun="essay paragraph", text="""The printing press did not simply make books cheaper; it changed who could argue in public. Before Gutenberg, a scholar who disagreed with the Church needed patrons and copyists to spread an idea. By 1520, Luther's pamphlets were being printed in runs of thousands and read aloud in taverns to people who could not read at all. The press therefore widened the audience of religious debate faster than authorities could respond, which is one reason the Reformation spread so quickly.""",
         questions=["Whose pamphlets are mentioned?", "By what year were pamphlets printed in thousands?"],
         sums=None),
    dict(noun="earnings update", text="""Q3 summary for Brightwell Tools Ltd: revenue £4.8m (Q2: £4.1m), gross margin 38% (Q2: 35%), operating costs £1.3m, net profit £0.42m. Export sales grew to 29% of revenue after the new German distributor came on board in August. Cash at quarter end £1.9m. The board expects Q4 to be softer because of the usual December slowdown and a planned factory shutdown of one week for maintenance.""",
         questions=["Who came on board in August?", "What was Q3 revenue?"],
         sums="By what percentage did revenue grow from Q2 to Q3, and what was gross profit in Q3?"),
    dict(noun="policy", text="""Home-working equipment policy (effective 1 January). Employees who work from home at least two days a week may claim up to £300 once every three years for a chair, desk or monitor. Claims need an itemised receipt and line-manager approval in the expenses tool. Laptops, headsets and docking stations are supplied by IT and must not be bought personally. Equipment bought under this policy belongs to the employee. Claims submitted more than 60 days after purchase will be rejected.""",
         questions=["How much can employees claim?", "Within how many days must a claim be submitted?"],
         sums=None),
    dict(noun="job ad", text="""Warehouse Shift Supervisor — Corby distribution centre. £31,500 plus 15% night-shift allowance. You'll lead a team of 12 pickers on a 4-on, 4-off rota, hit daily dispatch targets and keep our safety record clean. You need two years' warehouse experience, a counterbalance forklift licence and calm under pressure. Nice to have: experience with Manhattan WMS. Apply by 30 September with a CV and a short note about a time you turned a bad shift around.""",
         questions=["Where is the job based?", "What is the application deadline?"],
         sums="What is the yearly pay including the night-shift allowance?"),
    dict(noun="message", text="""hey!! so sorry I went quiet, the move was chaos. we're finally in the new flat, the kitchen is tiny but there's a balcony and I've already killed one basil plant on it lol. work is fine, the new manager is a bit intense but fair. are you still coming up in november? you can have the sofa bed, it's actually comfy. miss you loads x""",
         questions=["What plant died on the balcony?", "When is the friend supposed to visit?"],
         sums=None),
    dict(noun="changelog", text="""Version 5.2 of the Tidepool budgeting app brings shared wallets: invite up to four people to a wallet and split bills automatically. Recurring transactions can now be paused instead of deleted. We fixed a bug where CSV imports from some banks showed amounts in the wrong currency, and the monthly report loads about twice as fast. Dark mode now follows your phone's system setting. Support for Android 8 ends with this release.""",
         questions=["How many people can share a wallet?", "Which Android version loses support?"],
         sums=None),
    dict(noun="listing", text="""Two-bedroom terraced cottage, Elm Row, Haverleigh. Guide price £265,000. Recently rewired, new boiler in 2022, south-facing garden of roughly 15 metres, original fireplace in the lounge. Ten minutes' walk to the station with trains to the city in 35 minutes. Council tax band C. Chain-free. Viewings on Saturdays by appointment with Mortimer & Lane.""",
         questions=["What is the guide price?", "When was the boiler replaced?"],
         sums="With a 10% deposit and the rest on a 25-year mortgage at 4.5% interest, what is the monthly repayment?"),
    dict(noun="complaint letter", text="""Dear Environmental Health Team,

I am writing for the fourth time about amplified music from The Anchor public house on Quay Street. Since May, music has continued past midnight on most Fridays and Saturdays, and on 3 August until 2:10 am. I have logged eleven incidents with dates and times (attached). My children, aged 6 and 9, are repeatedly woken. I request that the premises licence be reviewed and that someone from your team carries out a noise measurement from my property.

Yours faithfully,
R. Adeyemi""",
         questions=["Which pub is the complaint about?", "How many incidents have been logged?"],
         sums=None),
    dict(noun="history text", text="""The Hanseatic League was a network of merchant guilds and market towns that dominated trade in the Baltic and North Sea from the thirteenth to the fifteenth century. Lübeck served as its unofficial capital. Members shared legal privileges abroad, ran trading posts called kontors in London, Bruges, Bergen and Novgorod, and could impose blockades on rivals. The League declined as territorial states grew stronger and Atlantic trade routes shifted commerce westward.""",
         questions=["Which city was the League's unofficial capital?", "What were the League's trading posts called?"],
         sums=None),
    dict(noun="lab report excerpt", text="""Trial 1: 50 mL of 0.10 M HCl titrated with 0.10 M NaOH; endpoint at 49.6 mL. Trial 2: endpoint at 50.3 mL. Trial 3: endpoint at 49.9 mL. The indicator was phenolphthalein; the colour change was faint pink lasting 30 seconds. The burette was not rinsed with NaOH before trial 1, which may explain the lower reading. Room temperature 21 °C.""",
         questions=["Which indicator was used?", "What was the endpoint in trial 2?"],
         sums="What is the mean endpoint volume of the three trials and its deviation from 50 mL?"),
    dict(noun="bug report", text="""Steps: open the mobile app, go to Settings > Notifications, toggle 'Daily digest' off, close the app. Expected: no digest email the next morning. Actual: the digest still arrives, and when I reopen the app the toggle is back on. Happens on iPhone 13 (iOS 17.4), app 3.8.1. My colleague on Android does not have the issue. Started after last week's update.""",
         questions=["Which app version is affected?", "Which phone model does the reporter use?"],
         sums=None),
]

# Short opinionated texts (one to three sentences), where the content pulls hardest towards
# sentiment: the instruction has to carry the task.
SNIPPETS = [
    dict(noun="review", text="Pasta was overcooked and the waiter rolled his eyes when we asked for water. The tiramisu almost saved it."),
    dict(noun="comment", text="Honestly the best update this app has had in years — the new calendar view is exactly what I needed."),
    dict(noun="message", text="Got your invoice. Paid it. Next time please send it before the deadline, not on the day."),
    dict(noun="review", text="The hotel room was spotless and the bed enormous, but the street noise kept us up until 2 am."),
    dict(noun="tweet", text="Three hours on hold with my energy supplier and they hung up on me. Brilliant. Just brilliant."),
    dict(noun="feedback", text="The onboarding course was clear and well paced; I'd only ask for more practical exercises in week two."),
    dict(noun="text", text="so proud of you!!! can't believe you actually ran the whole marathon, dinner's on me this weekend"),
    dict(noun="survey answer", text="My manager listens, but decisions get made above her head and nobody tells us why."),
    dict(noun="review", text="Battery lasts two days, camera is mediocre in low light, and the case it came with cracked in a week."),
    dict(noun="email", text="Thanks for the quick fix on the booking. I'll admit I was ready to cancel, but your colleague Jonas turned it around."),
    dict(noun="post", text="New bakery on Dean Street: sourdough is incredible, queue is ridiculous, prices are steep. Worth it on a Sunday."),
    dict(noun="reply", text="Fine. Do it your way. Just don't come to me when the client complains."),
]
