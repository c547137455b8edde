#!/bin/bash
set -x

# Convert the 2 m temperature from K to °C before the model reads it.
python ${HOMEaigfs}/ush/Aigfs_Prep_ICs.py --icsdir ${ICSDIR} --cycle ${PDY}${cyc}
export err=$?
exit $err
