// Each command run loads the knowledge folder and builds the index; running them one at a time keeps
// the shared 2-core machine from starving the safety catalog's regex time limits.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
