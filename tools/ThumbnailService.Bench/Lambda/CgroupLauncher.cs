using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// Starts <c>bootstrap</c> inside a setting's cgroups from its very first instruction: the emulator starts
/// <c>/bin/sh</c>, which writes its own pid into each group's <c>cgroup.procs</c> and then <c>exec</c>s bootstrap (same
/// pid, so init is throttled too; the shell costs about a millisecond of the init time). Without a group, bootstrap
/// is started directly.
/// </summary>
internal static class CgroupLauncher
{
    public const string Shell = "/bin/sh";

    /// <summary>$0 is the program, "$@" the cgroup.procs files; exit 97 if a group refuses the pid.</summary>
    public const string Script = "for procs in \"$@\"; do echo $$ > \"$procs\" || exit 97; done; exec \"$0\"";

    public static FunctionProcessOptions Options(string program, LambdaCgroup? group, string handler, IReadOnlyDictionary<string, string> environment)
    {
        var full = Path.GetFullPath(program);
        var options = new FunctionProcessOptions(full)
        {
            Handler = handler,
            Environment = environment,
            WorkingDirectory = Path.GetDirectoryName(full),
        };
        return group is null ? options : options with { ExecutablePath = Shell, Arguments = ["-c", Script, full, .. group.ProcsFiles] };
    }
}
