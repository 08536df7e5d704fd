package io.triage.classify;

import static io.triage.classify.Task.MATH;
import static io.triage.classify.Task.OPEN_QA;
import static io.triage.classify.Task.REASONING;
import static io.triage.classify.Task.SHORT_QA;

import java.util.List;

/** Cues for questions and problems: reasoning, maths, open and short questions. */
final class QuestionCues {

    static final List<Cue> ALL = List.of(
            Cue.of(REASONING, 3.5, "\\b(?:prove|proof|disprove|show that|demonstrate that)\\b"),
            Cue.of(REASONING, 3, "\\b(?:clues?|detective|culprit|suspects?|who (?:took|stole|did it|is the (?:thief"
                    + "|culprit|murderer|liar))|determine who|reason (?:it )?out|logikrätsel|rätsel|énigme|acertijo"
                    + "|se puede concluir|peut-on conclure|kann man (?:schließen|folgern))\\b"),
            Cue.of(REASONING, 3, "\\b(?:brother|sister|father|mother|son|daughter|aunt|uncle|cousin|nephew|niece)'s"
                    + " (?:brother|sister|father|mother|son|daughter|aunt|uncle|cousin|nephew|niece)\\b"
                    + "|\\b(?:yesterday|tomorrow)'s (?:tomorrow|yesterday)\\b"),
            Cue.of(REASONING, 2.5, "\\bwhat would (?:most likely )?have happened\\b|\\bif there had been\\b"
                    + "|\\bwould (?:it|they|we|he|she) (?:still )?have\\b|\\bmust (?:you|we|i) (?:turn|flip"
                    + "|open|pick)\\b"),
            Cue.of(REASONING, 3, "\\b(?:logic|logical puzzle|puzzle|riddle|brain ?teaser|syllogism|knights?"
                    + "|knaves?|liars?|truth[- ]tellers?|who is lying|tells? the truth|telling the truth"
                    + "|always lies|must be (?:true|false)|how is \\w+ related to|how is (?:that|this|it) possible"
                    + "|necessarily|valid|logically|paradox|counterexample|premises?|deduce|deduction)\\b"),
            Cue.of(REASONING, 3, "\\b(?:does (?:that|this|it) (?:follow|imply)|does that mean|does it follow"
                    + "|can we (?:conclude|infer|say)|what can (?:we|you) (?:conclude|infer|say)|conclusion follows"
                    + "|who (?:had|has|owns|drinks|ordered|lives|sits) (?:what|where|which)|who is who"
                    + "|how (?:does|do|can|could) (?:he|she|they|you|we|I) do (?:it|this)|find the flaw"
                    + "|fallac(?:y|ies))\\b"),
            Cue.of(REASONING, 3, "\\bif (?:all|no|some|every|none of the) \\w+ (?:are|is)\\b|\\ball \\w+ are \\w+"
                    + "|\\bsome \\w+ are\\b|\\bno \\w+ (?:are|is) \\w+"),
            Cue.of(REASONING, 2.5, "\\b\\w+ is (?:taller|shorter|older|younger|faster|slower|heavier|lighter"
                    + "|richer|smarter|bigger|smaller) than \\w+"),
            Cue.of(REASONING, 2.5, "\\b(?:you (?:may|can) only|how can you (?:measure|determine|find out|tell"
                    + "|figure out|be sure|guarantee)|minimum number of (?:moves|weighings|steps|tries|trips)"
                    + "|is it possible|labell?ed wrong|label is wrong|(?:comes next|next (?:number|term|letter"
                    + "|shape|item))|in the (?:sequence|series|pattern)|what is the rule)\\b"),
            Cue.of(REASONING, 2, "\\b(?:explain|show|justify) (?:your|the) (?:reasoning|logic)\\b|\\breasoning\\b"),
            Cue.of(REASONING, 2, "\\b(?:argument|assumptions?|only (?:one|two) of them|at a time|flaw|trick)\\b"),
            Cue.of(REASONING, 2, "\\b(?:step[- ]by[- ]step|think (?:carefully|it through|through)|reason"
                    + " (?:about|through)|justify|what comes next in the sequence|next number in the sequence"
                    + "|sits? (?:next to|to the left of|to the right of)|exactly one of|infer|carefully)\\b"),
            Cue.of(REASONING, 1.5, "\\b(?:why would|therefore|assuming that|implies|conclude|contradiction"
                    + "|strategy|trade off|which (?:option|plan|choice) is better)\\b"),
            Cue.of(REASONING, 3, "\\b(?:falsifiable|counter-?arguments?|odd one out|who owns the|who is (?:most )?"
                    + "(?:responsible|to blame)|constraints?|scheduling|plan the order|in what order)\\b"),

            Cue.of(MATH, 3.5, "\\bhow many \\w+ (?:are |is )?(?:there )?in \\d"),
            // The corpus labels proofs of mathematical statements as maths, logic proofs as reasoning.
            Cue.of(MATH, 4, "\\b(?:prove|show|demonstrate)\\b[^.?!\\n\"“{]{0,60}\\b(?:integers?|numbers?"
                    + "|primes?|even|odd"
                    + "|irrational|rational|divisible|sum|roots?|equation|function|inequality|triangle|polynomial"
                    + "|sequence|convergent|limit|matrix|theorem|real|for all)\\b|\\bby induction\\b|ε|\\bepsilon\\b"
                    + "|\\b(?:prove|show)\\b[^.?!\\n\"“{]{0,40}[=<>≤≥²³√∑∫]"),
            Cue.of(MATH, 3.5, "\\bfind (?:all )?(?:the )?(?:solutions?|roots?|zeros?|values? of)\\b"),
            Cue.of(MATH, 2.5, "\\b(?:avg|lcm|gcd|hcf|det|choose|ncr|npr|midpoint|surface area|cosine rule|sine rule"
                    + "|pythagor\\w*|angle between|área|superficie|fläche|aire)\\b|°"),
            Cue.of(MATH, 3, "\\bhow many (?:different |distinct |possible )?[\\w-]+ (?:\\w+ )?can (?:be|you|i|we)"
                    + " (?:made|formed|arranged|chosen|make|form|arrange|choose)\\b|\\b(?:mode|median|mean|average|sum"
                    + "|product|variance|standard deviation) of (?:\\d|the numbers)|\\b(?:calcul[ea]\\w*|berechne\\w*"
                    + "|résou\\w*|resuelv\\w*|löse)\\b"),
            Cue.of(MATH, 2.5, "\\b(?:solve|simplify the expression|factori[sz]e|differentiate|equations?"
                    + "|integrals?|derivatives?|polynomial|quadratic|logarithm|matri(?:x|ces)|eigen\\w*"
                    + "|determinant|algebra|calculus|trigonometry|hypotenuse|factorial|prime factors?"
                    + "|square root|cube root|compound interest|simple interest|standard deviation"
                    + "|expected value|arithmetic|slope|intercept|convergent|compound\\w*|growth rate)\\b"),
            Cue.of(MATH, 2.5, "\\bprobability\\b|\\b(?:chance|odds)\\b(?= (?:of|that)\\b)|\\bexpand\\b(?= \\()"
                    + "|\\bconvert\\b[^.?!\\n\"“{]{0,10}\\d|\\bhow many (?:ways|combinations|permutations"
                    + "|arrangements)\\b|\\b(?:permutations?|combinations?|arranged)\\b"),
            Cue.of(MATH, 2, "\\b(?:calculat\\w*|percent(?:age)?|fractions?|remainder|divisible"
                    + "|perimeter|area of|volume of|circumference|radius|diameter|ratio|median|variance"
                    + "|average speed|sum of|product of|multiply|divide|greatest common|least common)\\b"),
            Cue.of(MATH, 1, "\\b(?:compute|evaluate|integrate|average|mean of|total cost|how much|estimate)\\b"),

            Cue.of(OPEN_QA, 2.5, "\\b(?:explain|describe|discuss|elaborate|tell me about|walk me through"
                    + "|pros and cons|advantages and disadvantages|benefits and drawbacks|trade-?offs"
                    + "|difference between|differences between|compare|comparison|in detail|overview of)\\b"),
            Cue.of(OPEN_QA, 2.5, "\\b(?:best|good|right) way to\\b|\\bwhat makes (?:a |an |the )?\\w+"
                    + "|\\bhow to\\b|\\bwrite\\b[^.?!\\n\"“{]{0,20}\\bessay\\b"),
            // A yes-or-no question that asks for a judgement: "Is it worth ...", "Would it be better ..."
            Cue.of(OPEN_QA, 2.5, "\\bwhat causes\\b|\\bhow come\\b|^\\W*(?:is|are|was|were|would|will|do|does"
                    + "|can|could|should)\\b[^?]{0,80}\\b(?:good|bad|better|worse|worth|best|ethical|moral|fair"
                    + "|dangerous|safe|healthy|wise|necessary|overrated|important)\\b"),
            Cue.of(OPEN_QA, 2, "\\b(?:what do you think|your (?:opinion|thoughts|view)|should (?:i|we)"
                    + "|what would happen if|what are (?:some|the|a few) (?:\\w+ )?(?:ways|reasons|benefits"
                    + "|risks|causes|effects|implications|tips|arguments|strategies|steps|options|alternatives"
                    + "|factors|advantages|examples)|is it (?:worth|better|bad|safe|ok|healthy)"
                    + "|(?:history|impact|role|causes|future) of)\\b"),
            Cue.of(OPEN_QA, 2, "^\\W*(?:why|how (?:does|do|did|can|could|should|would|is|are|has|have|will"
                    + "|was|were))\\b"),
            Cue.of(OPEN_QA, 2, "^\\W*what (?:are|were|would|could|should|factors|reasons|causes|consequences"
                    + "|effects|lessons|steps|things|role|impact)\\b"),
            Cue.of(OPEN_QA, 2, "\\byour (?:take|view|views|opinion|thoughts)\\b|\\b(?:consider|choosing"
                    + "|worth it)\\b"),
            Cue.of(OPEN_QA, 2, "\\b(?:por qué|pourquoi|warum|perché|por que|cómo|come posso|como posso"
                    + "|wie kann|ventajas|vantagens|avantages|vorteile|vantaggi)\\b"),
            Cue.of(OPEN_QA, 1.5, "\\b(?:recommend|advice|suggestions?|tips|ideas for|help me (?:understand"
                    + "|decide|choose|plan))\\b"),

            Cue.of(SHORT_QA, 3, "\\b(?:capital (?:city )?of|who (?:wrote|invented|discovered|painted|founded"
                    + "|directed|composed|won|played|sang|built|was the first)|what year|in which year|when did"
                    + "|when was|where is|where was|where are|chemical symbol|boiling point|population of"
                    + "|currency of|official language|stand for|how (?:tall|old|far|deep|long|big|high) is"
                    + "|who is the (?:ceo|president|author|founder|king|queen|prime minister))\\b"),
            Cue.of(SHORT_QA, 2, "\\bhow many (?:\\w+ ){1,4}(?:are there|does|do|did|has|have)\\b(?![^?]*\\d)"),
            Cue.of(SHORT_QA, 2, "\\b(?:define|definition of|synonym|antonym|plural of|opposite of|meaning of"
                    + " the word|true or false|yes or no|largest|smallest|tallest|longest|fastest|highest"
                    + "|first person to)\\b"),
            Cue.of(SHORT_QA, 1.5, "^\\W*(?:who|when|where|which|name the|how many|in (?:which|what))\\b"),
            Cue.of(SHORT_QA, 1.5, "^\\W*(?:qui|quel(?:le)?s?|quand|où|combien|wer|wann|wo|wie viele|welche[rs]?|quién"
                    + "|qué|cuándo|dónde|cuánt[oa]s?|cuál)\\b|\\b(?:capitale|hauptstadt|capital de)\\b"),
            Cue.of(SHORT_QA, 1, "^\\W*(?:what|whats|what's)\\b"));

    private QuestionCues() {
    }
}
