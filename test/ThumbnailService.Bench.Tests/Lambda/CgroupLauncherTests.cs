using System.Diagnostics;

namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class CgroupLauncherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thumbs-launcher-test-").FullName;

    [Fact]
    public void Options_NoGroup_BootstrapItself()
    {
        var options = CgroupLauncher.Options(Path.Combine(_folder, "bootstrap"), null, "thumbnail", new Dictionary<string, string>());

        Assert.Equal((Path.Combine(_folder, "bootstrap"), _folder, "thumbnail"), (options.ExecutablePath, options.WorkingDirectory, options.Handler));
        Assert.Empty(options.Arguments);
    }

    [Fact]
    public async Task Options_Group_ProgramWritesItsOwnPidIntoEveryGroupThenRuns()
    {
        var group = FakeGroup();
        var program = Path.Combine(_folder, "bootstrap");
        await File.WriteAllTextAsync(program, "#!/bin/sh\necho \"$$ $(pwd)\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = CgroupLauncher.Options(program, group, "thumbnail", new Dictionary<string, string>());
        var (exitCode, output, pid) = await RunAsync(options);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{pid} {_folder}", output.Trim());
        Assert.All(group.ProcsFiles, procs => Assert.Equal(pid.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(procs).Trim()));
    }

    [Fact]
    public async Task Options_GroupRefusesThePid_Exit97WithoutRunningTheProgram()
    {
        var group = FakeGroup();
        Directory.CreateDirectory(group.ProcsFiles[0]);
        var program = Path.Combine(_folder, "never-run");

        var (exitCode, _, _) = await RunAsync(CgroupLauncher.Options(program, group, "thumbnail", new Dictionary<string, string>()));

        Assert.Equal(97, exitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LambdaCgroup FakeGroup()
    {
        var root = Path.Combine(_folder, "cgroup");
        Directory.CreateDirectory(Path.Combine(root, "cpu"));
        Directory.CreateDirectory(Path.Combine(root, "memory"));
        File.WriteAllText(Path.Combine(root, "memory", "memory.limit_in_bytes"), "1");
        return LambdaCgroup.Create(root, "g", 512);
    }

    private static async Task<(int ExitCode, string Output, int Pid)> RunAsync(ThumbnailService.Local.Emulator.FunctionProcessOptions options)
    {
        var start = new ProcessStartInfo(options.ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = options.WorkingDirectory };
        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output, process.Id);
    }
}
