// STUB: replaced by the CLI work (chat, ask, validate, eval, teams-package).
Console.Error.WriteLine("usage: awarenessbot chat|ask|validate|eval|teams-package");
return 2;
