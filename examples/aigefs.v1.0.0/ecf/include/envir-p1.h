# envir-p1.h
export job=${job:-$PBS_JOBNAME}
export jobid=${jobid:-$job.$PBS_JOBID}
export RUN_ENVIR=emc
export envir=%ENVIR%
