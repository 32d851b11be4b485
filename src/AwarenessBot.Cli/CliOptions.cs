namespace AwarenessBot.Cli;

/// <summary>The options the commands share; plain parsing (System.CommandLine is not available here).</summary>
internal sealed record CliOptions(string Channel, string Locale, string? Knowledge, bool Json, IReadOnlyList<string> Files)
{
    private static readonly string[] ChannelIds = ["webchat", "directline", "emulator", "msteams", "facebook"];

    public static bool TryParse(string[] args, out CliOptions options, out string? problem)
    {
        options = new CliOptions("webchat", "en-US", null, false, []);
        var files = new List<string>();
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--json")
            {
                options = options with { Json = true };
                continue;
            }

            if (arg is "--channel" or "--locale" or "--knowledge")
            {
                if (i + 1 >= args.Length)
                {
                    problem = $"{arg} needs a value";
                    return false;
                }

                var value = args[++i];
                options = arg switch
                {
                    "--channel" => options with { Channel = value },
                    "--locale" => options with { Locale = value },
                    _ => options with { Knowledge = value },
                };
                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unknown option {arg}";
                return false;
            }

            files.Add(arg);
        }

        if (!ChannelIds.Contains(options.Channel))
        {
            problem = $"unknown channel '{options.Channel}' (use {string.Join(", ", ChannelIds)})";
            return false;
        }

        options = options with { Files = files };
        return true;
    }
}
