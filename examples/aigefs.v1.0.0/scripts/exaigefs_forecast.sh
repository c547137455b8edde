#!/bin/bash
set -x

python ${USHaigefs}/aigefs_run_model.py --member ${MEMBER} --cycle ${cyc}
export err=$?
exit $err
