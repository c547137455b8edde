#!/bin/bash
set -x
python ${USHaigfs}/aigfs_run_model.py --cycle ${cyc}
export err=$?
exit $err
