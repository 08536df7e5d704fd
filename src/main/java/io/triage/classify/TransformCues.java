package io.triage.classify;

import static io.triage.classify.Task.REWRITE;
import static io.triage.classify.Task.SUMMARIZATION;
import static io.triage.classify.Task.TRANSLATION;

import java.util.List;

/** Cues for the tasks that turn a given text into another: translation, summarization, rewriting. */
final class TransformCues {

    private static final String LANGUAGES = "(?:french|spanish|german|italian|portuguese|chinese|mandarin"
            + "|cantonese|japanese|korean|russian|arabic|hindi|dutch|swedish|polish|turkish|greek|hebrew"
            + "|vietnamese|thai|indonesian|english|latin|ukrainian|czech|norwegian|danish|finnish|hungarian"
            + "|romanian|bengali|urdu|persian|farsi|swahili|tagalog|catalan|esperanto|français|französisch"
            + "|inglés|englisch|anglais|español|spanisch|espagnol|deutsch|allemand|alemán|английский)";
    /** The start of "make it more formal", "make this email sound friendlier". */
    private static final String MADE = "\\bmake (?:it|this|that|them|(?:the|this|my|our|these) (?:\\w+ ){0,2}\\w+) ";

    static final List<Cue> ALL = List.of(
            Cue.of(TRANSLATION, 3.5, "\\btranslat(?:e|ed|es|ions?|ing|ors?)\\b"),
            Cue.of(TRANSLATION, 3.5, "\\b(?:tradu[zcis]\\w*|übersetz\\w*|перев[оеи]\\w*)|翻[译訳]"),
            Cue.of(TRANSLATION, 1.5, "\\bhow (?:do|would|can) (?:you|i|we) say\\b"),
            Cue.of(TRANSLATION, 3.5, "\\b(?:en|fr|de|es|it|pt|jp|ja|zh|ko|ru|nl|pl|sv|tr|ar)\\s*(?:->|→|>|to"
                    + "|2)\\s*(?:en|fr"
                    + "|de|es|it|pt|jp|ja|zh|ko|ru|nl|pl|sv|tr|ar)?\\s*(?::|$)"),
            Cue.of(TRANSLATION, 3, "\\b(?:" + LANGUAGES + "|native) (?:\\w+ )?(?:speakers?|person|people|natives?)"
                    + " (?:\\w+ )?say\\b|\\bwhat does (?:this|it|that) (?:mean|say)\\b|\\bwhat(?:'s| is) (?:this|that)"
                    + " in " + LANGUAGES + "\\b"),
            Cue.of(TRANSLATION, 3, "\\bthe (?:french|germans|spanish|italians|japanese|chinese|koreans|russians"
                    + "|brazilians|dutch|swedes|greeks|mexicans) say\\b"),
            Cue.of(TRANSLATION, 3, "\\b(?:a|an) (?:brazilian|frenchman|frenchwoman|french person|german"
                    + "|spaniard|italian|mexican|japanese person|chinese person|korean person|russian)"
                    + " (?:\\w+ )?say\\b"),
            Cue.of(TRANSLATION, 3, "\\b" + LANGUAGES + " (?:version|translation|equivalent|subtitles?)\\b"
                    + "|\\blocali[sz](?:e|ation)\\b"),
            Cue.of(TRANSLATION, 3, "^\\W*(?:in )?" + LANGUAGES + "(?: please| version| translation)?\\s*[:\\-]"),
            Cue.of(TRANSLATION, 3, "\\bthe " + LANGUAGES + " (?:word |term |phrase )?for\\b"
                    + "|\\bsaid in\\b|\\bsay\\b[^.?!\\n\"“{]{0,30}\\bin " + LANGUAGES
                    + "|\\b" + LANGUAGES + " (?:word|term|phrase|equivalent) for\\b"),
            Cue.of(TRANSLATION, 3, "\\bin (?:both )?" + LANGUAGES + " (?:and|&) " + LANGUAGES + "\\b"
                    + "|\\b(?:in )?" + LANGUAGES + ",? please\\b"),
            Cue.of(TRANSLATION, 2.5, "\\b(?:in|into|to|from) (?:\\w+ )?" + LANGUAGES + "\\b"),
            Cue.of(TRANSLATION, 2, "\\b(?:mean|means|meaning) in " + LANGUAGES + "\\b"),

            Cue.of(SUMMARIZATION, 3.5, "\\b(?:summari[sz](?:e|ed|ing)|tl;? ?dr|executive summary)\\b"),
            Cue.of(SUMMARIZATION, 3.5, "\\b(?:résum\\w*|resum[ea]\\w*|zusammenfass\\w*|fasse?\\b[^.?!\\n\"“{]{0,40}"
                    + "\\bzusammen)"),
            Cue.of(SUMMARIZATION, 3.5, "\\b(?:write|give me|produce|draft|create)\\b[^.?!\\n\"“{]{0,25}"
                    + "\\b(?:summary|abstract|synopsis|recap|overview)\\b|\\b(?:digest|distill?) (?:this|these"
                    + "|the|it)\\b"),
            Cue.of(SUMMARIZATION, 3, "\\b(?:overview|rundown|gist|synopsis|outline) of (?:this|these"
                    + "|the following|the above|the attached|my)\\b"),
            Cue.of(SUMMARIZATION, 3, "\\b(?:key|main|most important) (?:points?|takeaways|ideas?|findings"
                    + "|arguments|themes|facts|messages?)\\b|\\btakeaways\\b"),
            Cue.of(SUMMARIZATION, 2.5, "\\bbasically (?:say|said|mean|saying)\\b|\\bin short\\b|\\bthe gist\\b"),
            Cue.of(SUMMARIZATION, 3, "\\bwhat (?:is|was) (?:this|the) (?:article|text|passage|email|paper"
                    + "|video|meeting|thread|document|story|report|chapter) about\\b"),
            Cue.of(SUMMARIZATION, 3, "\\binto (?:a |an )?(?:one|two|three|\\d+)[- ](?:line|sentence|paragraph"
                    + "|page)\\b|\\b(?:one|two|three|\\d+)[- ](?:line|sentence|paragraph) (?:summary|note"
                    + "|version|recap|description|overview|explanation|pitch)\\b|\\bbottom line\\b"
                    + "|\\bcliff ?notes\\b|\\bwhat (?:was|were|got|has been) (?:decided|agreed|discussed)\\b"),
            Cue.of(SUMMARIZATION, 3, "\\b(?:short|shorter|condensed|abridged|cliff ?notes) version\\b"
                    + "|\\bhighlights\\b|\\b(?:meeting )?minutes (?:of|from)\\b|\\bmeeting minutes\\b"
                    + "|\\bmain idea\\b"),
            Cue.of(SUMMARIZATION, 2.5, "\\b(?:summary|summaries|abstract)\\b"),
            Cue.of(SUMMARIZATION, 2.5, "\\b(?:gist|condense|recap|synopsis|in a nutshell|sum (?:it|this|that)"
                    + " up|sum up|boil (?:it|this) down)\\b"),
            Cue.of(SUMMARIZATION, 2.5, "\\binto (?:a |one )?(?:single )?(?:paragraph|sentence|tweet"
                    + "|bullet list|few lines|few bullets)\\b"),
            Cue.of(SUMMARIZATION, 2, "\\b(?:in|into|as) (?:one|two|three|four|five|a few|a single|\\d+)"
                    + " (?:sentences?|lines?|bullet points?|bullets|words|paragraphs?)\\b"),
            Cue.of(SUMMARIZATION, 1.5, "\\b(?:brief|short|quick) (?:overview|rundown)\\b"),

            Cue.of(REWRITE, 3.5, "\\b(?:re-?write|rephrase|reword|paraphrase|proofread|copy-?edit|reformulate"
                    + "|rework|reframe|recast|harmoni[sz]e)"),
            Cue.of(REWRITE, 3.5, "\\b(?:reformul\\w*|umformulier\\w*|réécri\\w*|reescrib\\w*|corrig\\w*|korrigier\\w*"
                    + "|korrekturles\\w*|reda[cs]t\\w*)"),
            Cue.of(REWRITE, 3, "\\bin (?:the )?(?:third|first|second)[- ]person\\b|\\bturned into (?:the )?(?:third"
                    + "|first|second)\\b"),
            Cue.of(REWRITE, 3.5, "\\b(?:change|adjust|fix|improve|soften|shift|tone down) (?:the |its |my )?"
                    + "tone\\b"),
            Cue.of(REWRITE, 3, "\\b(?:gender-neutral|inclusive language|plain language|plain english)\\b"
                    + "|\\b(?:clean up|tidy up|tidy|spruce up|punch up|redo) (?:this|the|my|it)\\b"
                    + "|\\b(?:fix|correct)\\b[^.?!\\n\"“{]{0,20}\\b(?:errors|mistakes)\\b[^.?!\\n\"“{]{0,12}"
                    + "\\b(?:sentence|text|paragraph|essay|e-?mail|letter|writing|draft)"),
            Cue.of(REWRITE, 3, "\\b(?:fix|correct|check|improve|clean up)\\b[^.?!\\n\"“{]{0,25}\\b(?:grammar"
                    + "|spelling|typos?|punctuation|wording|phrasing|flow|readability|clarity)\\b"),
            Cue.of(REWRITE, 3, "\\bmake (?:it|this|that|(?:the|this|my|our) \\w+) (?:sound |read |look )?"
                    + "(?:a (?:bit|little|lot) )?(?:more |less )?(?:formal|informal|casual|polite|professional"
                    + "|friendly|friendlier|concise|clear|clearer|simpler|shorter|persuasive|engaging|academic"
                    + "|natural|fluent|polished|diplomatic|gentler|softer|warmer|nicer|kinder|punchier|crisper"
                    + "|tighter|assertive|confident|positive|neutral|readable|smoother)\\b"),
            Cue.of(REWRITE, 3, MADE + "(?:sound|read|look|feel)\\b|\\btoo (?:long|wordy|formal|informal"
                    + "|casual|harsh|blunt|vague|complicated|verbose|stiff|robotic)\\b"),
            Cue.of(REWRITE, 3, "\\binto (?:a |an )?(?:more )?(?:formal|informal|polite|professional|casual"
                    + "|friendly|neutral)\\b(?! " + LANGUAGES + ")"),
            Cue.of(REWRITE, 3, "\\bin (?:simpler|plain|plainer|other|your own|different) (?:words|terms"
                    + "|english|language)\\b"),
            Cue.of(REWRITE, 3, "\\b(?:polish|tighten|soften|revise|restate|edit) (?:up )?(?:this|it|my|the)\\b"),
            Cue.of(REWRITE, 3, "\\bimprove (?:this|the|my) (?:\\w+ )?(?:sentence|paragraph|text|writing|e-?mail"
                    + "|essay|intro\\w*|copy|headline|title|bio|draft|letter)\\b|\\bjargon\\b|\\bflow better\\b"),
            Cue.of(REWRITE, 3, "\\b(?:alternative|different|other) (?:phrasings?|wordings?|ways to (?:say"
                    + "|phrase|word))\\b"),
            Cue.of(REWRITE, 2.5, MADE + "(?:a (?:bit|little|lot) )?(?:more|less) \\w+"
                    + "|\\b(?:polished|well-written|coherent|proper) (?:paragraph|email|text|prose|sentences?)\\b"),
            Cue.of(REWRITE, 2.5, "\\b(?:more|less) (?:formal|formally|casual|casually|polite|politely|professional"
                    + "|professionally|concise|concisely|friendly|academic|persuasive|diplomatic|diplomatically|wordy"
                    + "|repetitive|elegant|technical|direct|directly|warm|warmly|blunt|stiff|aggressive|robotic"
                    + "|jargon|readable|natural|fluent|upbeat|confident|inclusive|neutral)\\b"
                    + "|\\bsound (?:warmer|friendlier|nicer|kinder|softer|smoother|punchier|crisper|better|less \\w+"
                    + "|more \\w+)\\b"),
            Cue.of(REWRITE, 2, "\\b(?:active|passive) voice\\b|\\bsounds? (?:better|awkward|more natural)\\b"),
            Cue.of(REWRITE, 1.5, "\\b(?:shorten|simplify|split (?:it|this|the \\w+) into)\\b"),
            Cue.of(REWRITE, 1, "\\b(?:tone|wording)\\b"));

    private TransformCues() {
    }
}
