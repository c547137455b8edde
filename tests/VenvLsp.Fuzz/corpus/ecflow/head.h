set -xe  # print commands as they are executed and enable signal trapping

export PS4='+ $SECONDS + '

# Variables used in ecFlow messages
export ECF_NAME=%ECF_NAME%
export ECF_HOST=%ECF_HOST%
export ECF_PORT=%ECF_PORT%
export ECF_PASS=%ECF_PASS%
export ECF_TRYNO=%ECF_TRYNO%
export ECF_RID=$$

module reset

export HOME${model}=%PACKAGEHOME%
. ${HOME${model}}/versions/run.ver

ecflow_client --init=${ECF_RID}
trap 'ERROR $LINENO' 1 2 3 4 5 6 7 8 10 12 13 15
