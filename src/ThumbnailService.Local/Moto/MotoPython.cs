using System.Diagnostics;
using System.Text;

namespace ThumbnailService.Local.Moto;

/// <summary>The Python that runs moto and the helper scripts of tools/moto, with one clear error when moto is missing.</summary>
internal static class MotoPython
{
    public const string Variable = "THUMBS_PYTHON";
    public const string ExpectedVersion = "5.2.1";

    public static string Resolve(string? configured) =>
        configured ?? (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : "python");

    /// <summary>Fails with what to do when <paramref name="python"/> cannot import moto.</summary>
    public static async Task EnsureMotoAsync(string python, CancellationToken cancellationToken)
    {
        string version;
        try
        {
            version = (await RunAsync(python, ["-c", "import moto, flask; print(moto.__version__)"], null, null, cancellationToken)).Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"moto is not available: '{python}' cannot import moto with its server extras ({e.Message.Trim()}). The moto suites and "
                + $"commands need moto {ExpectedVersion} (pip 'moto[server]') in the image's Python 3.11 (pyenv's 'python'); Debian's python3 "
                + $"does not have it. Put that Python on PATH or set {Variable} to it; tools/setup.sh reports what it finds.", e);
        }

        if (version != ExpectedVersion)
        {
            throw new InvalidOperationException(
                $"'{python}' has moto {version}, the tests are written against {ExpectedVersion} (docs/s3-implementations.md); set {Variable} to a Python with {ExpectedVersion}.");
        }
    }

    /// <summary>Runs <paramref name="python"/> to completion; returns stdout; a non-zero exit becomes an error with stderr.</summary>
    public static async Task<string> RunAsync(
        string python, IEnumerable<string> arguments, string? stdin, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(python)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {python}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(stdin ?? string.Empty);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{python} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {(await errors).Trim()}");
    }
}
