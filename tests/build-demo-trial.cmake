# Builds the DEMO trial for tst_central_demo (a CTest fixture): a new folder each run, the
# command's --json summary beside it. Run as: cmake -DCENTRAL=... -DDIR=... [-DSEED=N] -P this.
file(REMOVE_RECURSE "${DIR}")
file(REMOVE "${DIR}.json")
set(seed_args)
if(DEFINED SEED)
  set(seed_args --seed ${SEED})
endif()
execute_process(COMMAND "${CENTRAL}" demo --data "${DIR}" ${seed_args} --json
                OUTPUT_FILE "${DIR}.json" ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mucotrack-central demo failed (${rc}): ${err}")
endif()
file(READ "${DIR}.json" summary)
message(STATUS "${summary}")
