# Sourced by bin/train-classifier, bin/eval-classifier: compiles and exports CLASSPATH for the
# project's own command-line tools.
. "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"
./mvnw -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime > /dev/null
export CLASSPATH="target/classes:$(cat target/classpath.txt)"
