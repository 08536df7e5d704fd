package io.triage.classify;

import static io.triage.classify.Task.CODE;
import static io.triage.classify.Task.COMPLETION;
import static io.triage.classify.Task.CREATIVE_WRITING;

import java.util.List;

/** Cues for the tasks that produce new text: creative writing, completion, code. */
final class GenerationCues {

    private static final String CREATIVE_FORMS = "(?:poems?|poetry|story|stories|songs?|lyrics|haiku|limerick"
            + "|sonnet|rap|verses?|ballad|fable|fairy ?tale|screenplay|monologue|dialogue|scene|jokes?|riddle"
            + "|novel|chapter|myth|legend|ode|elegy|rhymes?|villanelle|sestina|acrostic|free verse|picture book"
            + "|children's book|comic|sketch|lullaby|lullabies|anthem|hymn|carol|serenade|nursery rhyme"
            + "|drabble|origin story|fortune cookie|puns?|superhero)";
    private static final String WRITTEN_PIECES = "(?:slogan|tagline|toast|speech|eulogy|greeting card|birthday"
            + " (?:message|card|wish)|love letter|tweet|caption|product description|ad copy|advertisement"
            + "|jingle|cover letter|blog post|e-?mail|letter|bio|vows|invitation|thank[- ]you note|newsletter"
            + "|pitch|announcement|press release|message|note|greeting|out-of-office|about us|copy|names?"
            + "|description|post|text for)s?";
    private static final String CODE_LANGUAGES = "(?:python|java|javascript|typescript|golang|rust|ruby|php"
            + "|kotlin|scala|haskell|perl|bash|powershell|sql|postgres(?:ql)?|mysql|sqlite|html|css|react"
            + "|angular|vue|node(?:\\.?js)?|django|flask|spring boot|pandas|numpy|docker|kubernetes|terraform"
            + "|git|json schema|yaml|dockerfile|makefile|jquery|graphql|c\\+\\+|c#|swift ?ui|excel formula|vba"
            + "|fastapi|express\\.js|rails|laravel|spring|next\\.?js|svelte|tailwind|redux|awk|sed|grep|curl|chmod"
            + "|ssh|cron(?:tab)?|systemctl|tmux|vim|regexp?)";

    static final List<Cue> ALL = List.of(
            // "this story", "my poem" name a text that exists: continuing it is completion, not writing.
            Cue.of(CREATIVE_WRITING, 3.5, "\\b(?:write|compose|create|pen|craft|generate|make up|come up with"
                    + "|tell|draft|invent)\\b[^.?!\\n\"“{]{0,40}\\b(?<!this )(?<!that )(?<!my )(?<!following )"
                    + CREATIVE_FORMS + "\\b"),
            Cue.of(CREATIVE_WRITING, 3.5, "\\bas if you were (?:a |an )?(?:poet|novelist|bard|pirate"
                    + "|storyteller)\\b|\\bin the voice of\\b|\\bin verse\\b|\\bideas for (?:a |an )?(?:[\\w']+ ){0,2}"
                    + "(?:story|book|novel|film|movie|game|plot|poem|song|comic|screenplay)"),
            Cue.of(CREATIVE_WRITING, 3, "\\b(?:write|compose|create|craft|draft|come up with|help me (?:write|with)"
                    + "|give me|suggest|brainstorm|think of|put together|make up|invent)\\b[^.?!\\n\"“{]{0,30}\\b"
                    + WRITTEN_PIECES + "\\b"),
            Cue.of(CREATIVE_WRITING, 3.5, "^\\W*(?:a |an |some )?(?:[\\w-]+ )?" + CREATIVE_FORMS
                    + "(?: about| for| on| pls| please|\\s*$)|\\b(?:name|title|slogan|tagline) ideas\\b"),
            Cue.of(CREATIVE_WRITING, 3.5, "\\b(?:écri[st]\\w*|escrib\\w*|schreib\\w*|rédige\\w*)\\b"
                    + "[^.?!\\n\"“{]{0,40}"
                    + "\\b(?:poème|poema|gedicht|histoire|historia|geschichte|chanson|canción|lied|cuento|conte"
                    + "|blague|chiste|witz|dialogue|diálogo|dialog|lettre|carta|brief|discours|discurso|rede)"),
            Cue.of(CREATIVE_WRITING, 2, "\\b(?:poem|haiku|limerick|sonnet|lyrics|short story|fairy tale"
                    + "|bedtime story|fiction|fictional|once upon a time|rhyming|stanzas?)\\b"),
            Cue.of(CREATIVE_WRITING, 2, "\\b(?:taglines?|slogans?|catchphrases?|jingles?)\\b"),
            Cue.of(CREATIVE_WRITING, 2, "\\b(?:backstory|fantasy|sci-fi|science fiction|worldbuilding|d&d|npc"
                    + "|fictional|fan ?fiction)\\b|\\bcome up with (?:a |some |\\w+ )?names?\\b"),
            Cue.of(CREATIVE_WRITING, 1.5, "\\b(?:imagine|characters?|protagonist|villain|dragon|wizard"
                    + "|in the style of)\\b"),

            Cue.of(COMPLETION, 3.5, "\\b(?:complete|finish|continue|end|extend)\\b (?:the|this|my"
                    + "|the following)(?: \\w+)? (?:sentence|paragraph|story|text|phrase|line|thought|passage"
                    + "|poem|verse|lyrics|quote|saying|proverb|list|analogy|limerick|haiku|sonnet|song|rhyme"
                    + "|comment)\\b|\\bcomplete:|\\brest of (?:this|the|my)\\b"),
            Cue.of(COMPLETION, 3.5, "^\\W*(?:continue|complete|finish|keep going)\\b|\\b(?:complete|finish|continue"
                    + "|end) (?:it|this|that|with|pls|please|for me)\\b|\\b(?:one|another) more (?:paragraph|line"
                    + "|sentence|verse|stanza)\\b|\\b(?:complét\\w*|complet[ae]\\b|completa[rd]?|continú\\w*"
                    + "|continu[ae]z?"
                    + "|fortsetz\\w*|setze?\\b[^.?!\\n\"“{]{0,30}\\bfort|vervollständig\\w*|ergänz\\w*"
                    + "|termin[ae]\\b|pon el final)"),
            Cue.of(COMPLETION, 3.5, "\\bcontinue (?:writing|the story|from here|where|this)\\b"
                    + "|\\bfill in the (?:blanks?|missing)\\b|\\bnext (?:word|line|sentence|paragraph"
                    + "|few sentences|verse)\\b|\\bautocomplete\\b"),
            Cue.of(COMPLETION, 2.5, "_{3,}|\\[(?:blank|mask)]|<mask>"),
            Cue.of(COMPLETION, 1.5, "\\b(?:keep going|go on|what comes next)\\b"),

            Cue.of(CODE, 3.5, "\\b(?:write|create|implement|generate|build|make|give me)\\b[^.?!\\n\"“{]{0,40}"
                    + "\\b(?:functions?|scripts?|program|class|methods?|query|queries|regex|regular expression"
                    + "|endpoint|api|unit tests?|cli|component|module|one-liner|bash command|shell command"
                    + "|sql|dockerfile|decorator|lambda)\\b"),
            Cue.of(CODE, 3.5, "\\b(?:translate|convert|port|rewrite|refactor|migrate|optimi[sz]e|complete"
                    + "|make|speed up|clean up)\\b[^.?!\\n\"“{]{0,30}\\b(?:code|functions?|script|program|snippet"
                    + "|class|query|method|loop)\\b"),
            Cue.of(CODE, 3.5, "\\b(?:explain|what does|what is|describe|walk me through)\\b[^.?!\\n\"“{]{0,25}"
                    + "\\b(?:this|the following|my) (?:\\w+ )?(?:code|function|script|snippet|regex|query"
                    + "|command|one-liner|class|method|program|error|stack ?trace|traceback|exception|loop)\\b"),
            Cue.of(CODE, 3, "(?<![\\w+#])" + CODE_LANGUAGES + "(?![\\w+#])|(?-i:\\b(?:in|using|with|of) Go\\b)"),
            Cue.of(CODE, 2.5, "\\b(?:bugs?|debug\\w*|compil(?:e|es|ed|er|ation)|refactor\\w*|segfault"
                    + "|stack ?trace|traceback|null ?pointer|runtime error|syntax error|type ?error"
                    + "|failing tests?|unit tests?|code review|pull request|merge conflict|regex"
                    + "|time complexity|big[- ]o)\\b"),
            Cue.of(CODE, 2.5, "\\bimplement\\b|\\b(?:quicksort|merge ?sort|bubble sort|fizz ?buzz|div|stdout"
                    + "|stderr)\\b"),
            Cue.of(CODE, 2.5, "\\b(?:linked list|binary (?:search )?tree|hash ?(?:map|table)|binary search"
                    + "|dynamic programming|sorting algorithm|graph traversal|bfs|dfs|data structure)\\b"),
            Cue.of(CODE, 2.5, "\\b(?:race conditions?|deadlocks?|mutex\\w*|semaphores?|memory leaks?"
                    + "|garbage collect\\w*"
                    + "|closures?|callbacks?|async|await|localhost|port \\d+|commits?|rebase|squash|git branch|http"
                    + "|status code|segmentation|compiler|interpreter|macos|linux|ubuntu|shell|command line"
                    + "|password hashing|hash(?:ing)? passwords?|store passwords)\\b"),
            Cue.of(CODE, 2.5, "\\b(?:github|gitlab|ci/cd|ci pipeline|workflow file|pytest|junit|jest|webpack"
                    + "|vite|eslint|kubectl|helm)\\b"),
            Cue.of(CODE, 2.5, "\\btype hints?\\b|\\bdocstrings?\\b|\\b(?:let|const|var) (?:and|vs\\.?|or)"
                    + " (?:let|const|var)\\b"),
            Cue.of(CODE, 2, "\\bcode\\b(?<!(?:status|zip|postal|country|area|promo|discount|dress|qr|bar) code)"),
            Cue.of(CODE, 2, "\\b(?:codebase|function|script|snippet|algorithm|recursion|api|endpoint"
                    + "|repository|repo|linter|npm|pip|maven|gradle|cli|terminal|command line)\\b"),
            Cue.of(CODE, 1.5, "\\b(?:returns?|prints?|outputs?) (?:the )?wrong\\b|\\bnot working\\b"
                    + "|\\bdoesn't (?:work|compile|run)\\b"),
            Cue.of(CODE, 1, "\\b(?:variables?|arrays?|loops?|methods?|integer|boolean|pointer|dependency)\\b"),
            Cue.of(CODE, 0.5, "\\b(?:string|library|framework|database|server|deploy|install|exception)\\b"));

    private GenerationCues() {
    }
}
