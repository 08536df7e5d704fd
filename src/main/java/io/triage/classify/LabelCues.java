package io.triage.classify;

import static io.triage.classify.Task.CLASSIFICATION;
import static io.triage.classify.Task.EXTRACTION;
import static io.triage.classify.Task.SENTIMENT;

import java.util.List;

/** Cues for the tasks that read a given text and answer about it: sentiment, classification, extraction. */
final class LabelCues {

    /** Words of feeling, as in "happy or sad", "praising or criticising", "is she upset". */
    private static final String AFFECT_WORDS = "happy|unhappy|sad|satisfied|dissatisfied|pleased|angry|upset"
            + "|annoyed|frustrated|good|bad|positive|negative|hopeful|bitter|optimistic|pessimistic|disappointed"
            + "|excited|calm|anxious|sarcastic|sincere|like|love|hate|dislike|friendly|hostile|praising"
            + "|critici[sz]ing|complaining|supportive|critical|complaints?|compliments?|dismissive|rude"
            + "|passive-aggressive|opposed|favou?rable|enthusiastic|grateful|furious";
    private static final String AFFECT = "(?:" + AFFECT_WORDS + ")";
    /** Who may feel something about what they wrote or said. */
    private static final String WRITERS = "(?:author|writer|reviewer|customer|narrator|speaker|person|user"
            + "|poster|caller|sender|client|guest|patient)";
    /** One short alternative in a list of labels: "a complaint", "feature request", "'spam'". */
    private static final String OPTION = "[\"'(]?\\b(?:an? |the )?[\\w-]+(?: [\\w-]+)?[\"')]?";
    private static final String DOCUMENTS = "(?:text|passage|e-?mail|document|message|note|notes|invoice"
            + "|receipt|resume|cv|transcript|article|post|tweet|paragraph|ad|page|report|notification|log|pass"
            + "|form|letter|contract|agreement|invite|invitation|table|description|bio|profile|record|thread"
            + "|chat|conversation|recipe|screenshot|statement|policy|memo)s?";
    private static final String ENTITIES = "(?:names?|dates?|e-?mails?|e-?mail addresses|phone numbers?"
            + "|addresses|urls|links|people|persons|companies|organi[sz]ations|entities|locations|places"
            + "|cities|countries|prices|amounts|products|skills|ingredients|keywords|hashtags|figures"
            + "|quantities|invoice numbers?|order numbers?|deadlines|action items|ids|skus?|tickers?"
            + "|ticker symbols|symbols|measurements|sizes|colou?rs|amounts?|totals?|values|numbers"
            + "|nombres|montants|telefonnummern|contact details|details|roles|symptoms|players|times"
            + "|speakers|ages|titles)";

    static final List<Cue> ALL = List.of(
            Cue.of(SENTIMENT, 4, "\\b(?:sentiments?|sentimiento|stimmung)\\b"),
            Cue.of(SENTIMENT, 3, "\\bhow (?:upset|angry|happy|satisfied|annoyed|frustrated|positive|negative|pleased"
                    + "|disappointed|hostile|rude) (?:is|are|was|were|does|do)\\b|\\btone check\\b|\\b(?:does"
                    + "|do|did) (?:it"
                    + "|this|that|they|he|she) (?:sound|seem|come across as) " + AFFECT
                    + "|\\bstance\\b|\\brate\\b[^.?!\\n\"“{]{0,20}\\b\\d\\s*(?:-|to|–)\\s*\\d\\b"),
            Cue.of(SENTIMENT, 3.5, "\\bhow (?:does|did|do) (?:the|this) " + WRITERS + "s? feel\\b"),
            Cue.of(SENTIMENT, 3, "\\b" + WRITERS + "\\b[^.?!\\n\"“{]{0,40}\\bfeels?\\b"),
            Cue.of(SENTIMENT, 3, "\\b" + WRITERS + "s?\\b[^.?!\\n\"“{]{0,30}\\b(?:angry|happy|satisfied|upset"
                    + "|pleased|frustrated|annoyed|disappointed|excited|liked|loved|hated|disliked|enjoyed)\\b"),
            Cue.of(SENTIMENT, 3, "\\b(?:does|do|did) (?:this|the|that) " + WRITERS + "s? (?:like|love|enjoy"
                    + "|hate|dislike|prefer)\\b|\\bemotional\\b"),
            Cue.of(SENTIMENT, 3, "\\b(?:positiv\\w*|negativ\\w*)(?:,| or| and| o| ou| oder|/| vs\\.?)+ ?(?:negativ\\w*"
                    + "|positiv\\w*|neutral|neutro|neutre|mixed)\\b"),
            Cue.of(SENTIMENT, 3, "\\bis (?:this|the) (?:review|tweet|comment|feedback|message|post|customer"
                    + "|user|reviewer|author|writer|guest|client) (?:positive|negative|happy|satisfied|angry"
                    + "|upset|pleased|unhappy|frustrated|favou?rable|complaining)\\b"),
            Cue.of(SENTIMENT, 3, "\\b" + AFFECT + ",? or (?:\\w+ )?(?:not|meh|mixed|neutral|" + AFFECT_WORDS + ")\\b"
                    + "|\\b(?:is|was|are|were) (?:she|he|they|(?:the|this|that|my) (?:[\\w'-]+ ){1,4})" + AFFECT
                    + "|\\b(?:sounds?|seems?|looks?|feels?) " + AFFECT),
            Cue.of(SENTIMENT, 3, "\\b(?:emotions?|feelings?|mood|polarity|attitude|opinion of the (?:author"
                    + "|writer|reviewer))\\b|\\bhow (?:positive|negative)\\b"),
            Cue.of(SENTIMENT, 2.5, "\\b(?:emotional )?tone of (?:this|the|that|my) (?:\\w+ )?(?:review|tweet"
                    + "|comment|message|post|email|feedback|reply|letter)\\b|\\bfeel about\\b"),
            Cue.of(SENTIMENT, 2, "\\b(?:favou?rable|unfavou?rable|reaction|vibe|annoyed)\\b"),
            Cue.of(SENTIMENT, 1, "(?<!-)\\b(?:positive|negative|neutral)\\b(?!-)"),

            Cue.of(CLASSIFICATION, 3.5, "\\b(?:classify|classification|categori[sz]e|categori[sz]ation|classe[rz]"
                    + "|clasific\\w*|klassifizier\\w*|kategorisier\\w*|catégoris\\w*)"),
            Cue.of(CLASSIFICATION, 3.5, "\\b(?:which|what) of (?:the following|these) (?:\\w+ )?(?:categories|labels"
                    + "|topics|classes|genres|departments|options|buckets)\\b"),
            Cue.of(CLASSIFICATION, 3, "^\\W*(?:category|department|dept|topic|genre|label|intent|language|priority"
                    + "|urgency|team|queue)\\b\\s*[?:]"),
            Cue.of(CLASSIFICATION, 3, "\\b(?:which|what) language (?:is|was|are|were) (?:this|it|that|each|these"
                    + "|the \\w+)\\b|\\bwhich language\\b[^.?!\\n\"“{]{0,30}\\bin\\b"
                    + "|\\blanguage (?:identification|id|detection)\\b"
                    + "|\\b(?:on|off)-topic\\b"),
            Cue.of(CLASSIFICATION, 3, "(?-i:\\b(?:answer|reply|respond|output|return)(?: with)?(?: only| just)?"
                    + " [A-Z][A-Z_-]+(?:, [A-Z][A-Z_-]+)*,? or [A-Z][A-Z_-]+\\b)"),
            Cue.of(CLASSIFICATION, 3, "\\b(?:which|what)(?: is| are)?(?: the)? (?:category|categories|class"
                    + "|label|topic|genre|department|dept|intent|team|queue|bucket|aspect|type of (?:request"
                    + "|ticket|query"
                    + "|message|issue))\\b"),
            Cue.of(CLASSIFICATION, 3, "\\b(?:assign|choose|pick|select|give|apply) (?:it |them )?(?:a |the "
                    + "|one (?:of (?:these|the following|the) )?|exactly one (?:of )?)?(?:labels?"
                    + "|categor(?:y|ies)|tags?|topics?|class(?:es)?|genres?|priorit(?:y|ies))\\b"),
            Cue.of(CLASSIFICATION, 3, "\\b(?:parts? of speech|pos tag\\w*|detect the language|(?:what|which)"
                    + " language is (?:this|it|that))\\b"),
            Cue.of(CLASSIFICATION, 3, "\\b(?:determine|identify|find|predict|guess|detect) the (?:category|class"
                    + "|label|genre|topic|type|intent|language|department)\\b"),
            Cue.of(CLASSIFICATION, 2.5, "\\bspam\\b|\\bintent\\b|\\b(?:right|correct|appropriate|best)"
                    + " (?:bucket|category|label|class|folder|department|team|queue)\\b"),
            Cue.of(CLASSIFICATION, 2.5, OPTION + "(?:, " + OPTION + ")+,? or " + OPTION
                    + "|\\b(?:one of|options?|labels?|categories)\\b:? ?" + OPTION + "(?:, " + OPTION + ")+"),
            Cue.of(CLASSIFICATION, 2.5, "\\b(?:decide|determine|judge|assess) (?:if|whether)\\b[^.?!\\n\"“{]{0,60}"
                    + "\\bor\\b|\\b(?:give|assign|add|attach)\\b[^.?!\\n\"“{]{0,40}\\b(?:a |one )?(?:topic "
                    + "|category )?(?:tag|label|category|class)s?\\b"),
            Cue.of(CLASSIFICATION, 2.5, "\\b(?:label|tag|sort|bucket|triage|mark) (?:this|each|these|the"
                    + "|the following|every)\\b|\\b(?:labels?|categories|classes|tags):"),
            // A question offering alternatives about quoted material: "Is this X or Y? \"...\"".
            Cue.of(CLASSIFICATION, 2.5, "\\bor\\b[^?\"“\\n]{1,30}\\?\\s*(?:\\w+:\\s*)?[\"“'«]"),
            Cue.of(CLASSIFICATION, 2, "\\bas " + OPTION + " or " + OPTION
                    + "|\\bwhat (?:type|kind|sort) of \\w+ is (?:this|it)\\b"),
            Cue.of(CLASSIFICATION, 2, "\\b(?:answer|respond|reply) with (?:only |just )?(?:one|a single)"
                    + " (?:word|label|category|of)\\b|\\b(?:intent|topic) detection\\b"),
            Cue.of(CLASSIFICATION, 1.5, "\\b(?:toxic|offensive|hate speech|nsfw|clickbait|phishing|fake news"
                    + "|urgent or not|belongs? to)\\b"),

            Cue.of(EXTRACTION, 3.5, "\\bextract(?:ion|ed|ing)?\\b|\\bpull out\\b|\\bnamed entit(?:y|ies)\\b"
                    + "|\\b(?:extrai\\w*|extrahier\\w*|extrae\\w*|extra[ei]r|s[aá]ca(?:me)?)\\b"),
            Cue.of(EXTRACTION, 3, "^\\W*(?:only |just )?(?:the )?" + ENTITIES + "\\s*(?:only|pls|please)?\\s*[?:]"
                    + "|^\\W*" + ENTITIES + " only\\b|\\bfill in\\b[^.?!\\n\"“{]{0,12}[{\\[]"
                    + "|\\bfor each\\b[^.?!\\n\"“{]{0,20}:"),
            Cue.of(EXTRACTION, 2.5, "\\b(?:list|find|identify|get|return|give|show|grab|collect|output|print|pull)"
                    + "(?: me)?(?: only)? (?:all |every |each )?(?:of )?(?:the )?" + ENTITIES + "\\b"),
            Cue.of(EXTRACTION, 2.5, "\\b" + ENTITIES + " (?:from|in|out of) (?:this|these|the following|the)\\b"
                    + "|\\b" + ENTITIES + " (?:from|in)\\s*:|\\b(?:pull|get|take"
                    + "|grab)\\b[^.?!\\n\"“{]{0,30}\\bout of\\b"
                    + "|\\bmentioned here\\b|\\bas a (?:bulleted |numbered )?list\\b"),
            Cue.of(EXTRACTION, 2.5, "\\b(?:mentioned|referenced|listed|named|contained|appears?|appearing) in\\b"
                    + "|\\b(?:list|find|identify|extract|get|pull|grab|collect|highlight)(?: me)? (?:all|every)"
                    + "(?: the)?(?: \\w+){1,2} (?:in|from|out of|mentioned|that appear)\\b"),
            Cue.of(EXTRACTION, 2.5, "\\b(?:make|create|build) a (?:list|table) of (?:all|every|each|the)\\b"
                    + "|\\blist (?:the|all the|all of the) \\w+'s\\b|\\bscrape\\b"),
            Cue.of(EXTRACTION, 1.5, "\\b(?:into|as|to) (?:a )?(?:csv|table|spreadsheet)\\b"),
            // Asking for JSON is a format any task may use, so it only hints at extraction.
            Cue.of(EXTRACTION, 1.5, "\\b(?:json|yaml|csv|table)\\b[^.?!\\n\"“{]{0,30}\\b(?:fields?|keys?|columns?"
                    + "|properties|schema)\\b"),
            Cue.of(EXTRACTION, 2.5, "\\bkey[- ]value pairs?\\b"),
            Cue.of(EXTRACTION, 2.5, "\\bfill (?:in|out) (?:this|the|these)(?: following)? (?:fields|form"
                    + "|schema|template|table)\\b"),
            Cue.of(EXTRACTION, 2.5, "\\bparse (?:this|these|the following|out)\\b"),
            // A question about a given document: "What dates are in this invite?"
            Cue.of(EXTRACTION, 2, "^\\W*(?:what|which|who|when|where)\\b[^?\\n]{0,60}\\b(?:in|from|of|to|on)"
                    + " (?:this|these|the following|the above|that|my)(?: \\w+){0,2} " + DOCUMENTS + "\\b"),
            Cue.of(EXTRACTION, 1, "\\b(?:as|in|into|return|output) (?:a |valid )?(?:json|csv|structured)\\b"
                    + "|\\bstructured (?:data|format|output)\\b"),
            Cue.of(EXTRACTION, 1.5, "\\bparse the\\b|\\bfrom (?:this|the following|the above|the)"
                    + " (?:text|passage|email|document|message|invoice|receipt|resume|cv|transcript|article)\\b"),
            Cue.of(EXTRACTION, 1, "\\b(?:from|out of) (?:this|these|the following|the above|that|the attached)"
                    + "(?: \\w+)? " + DOCUMENTS + "\\b"));

    private LabelCues() {
    }
}
