using System.Diagnostics;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// libjpeg-turbo's <c>jpegtran</c> (Debian libjpeg-turbo-progs, installed by tools/setup.sh): rewrites a baseline
/// JPEG as a progressive one without touching its coefficients, so both must decode to the same pixels. With a scan
/// script (<c>-scans</c>, libjpeg's wizard.txt syntax) it writes the progression given instead of its default 10 scans.
/// </summary>
internal static class Jpegtran
{
    public static byte[] Progressive(byte[] baseline, int restartInterval = 0, string? scanScript = null)
    {
        var start = new ProcessStartInfo("jpegtran") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        string? scriptFile = scanScript is null ? null : Path.GetTempFileName();
        if (scriptFile is not null)
        {
            File.WriteAllText(scriptFile, scanScript);
            start.ArgumentList.Add("-scans");
            start.ArgumentList.Add(scriptFile);
        }
        else
        {
            start.ArgumentList.Add("-progressive");
        }

        try
        {
            return Run(start, baseline, restartInterval);
        }
        finally
        {
            if (scriptFile is not null)
            {
                File.Delete(scriptFile);
            }
        }
    }

    /// <summary>
    /// A legal YCbCr progression of <paramref name="lumaBands"/> luma AC bands, each sent in two halves (Al 1, then
    /// its refinement), after three DC passes per component and two chroma bands per chroma component, also in two
    /// halves: 17 + 2 x lumaBands scans.
    /// </summary>
    public static string ManyScanScript(int lumaBands)
    {
        var script = new System.Text.StringBuilder();
        foreach ((int high, int low) in new[] { (0, 2), (2, 1), (1, 0) })
        {
            script.Append(System.Globalization.CultureInfo.InvariantCulture, $"0: 0-0, {high}, {low}; 1: 0-0, {high}, {low}; 2: 0-0, {high}, {low};\n");
        }

        var bands = new List<(int Component, int Start, int End)>();
        for (int b = 0; b < lumaBands; b++)
        {
            bands.Add((0, 1 + (63 * b / lumaBands), 63 * (b + 1) / lumaBands));
        }

        bands.AddRange([(1, 1, 9), (1, 10, 63), (2, 1, 9), (2, 10, 63)]);
        foreach ((int high, int low) in new[] { (0, 1), (1, 0) })
        {
            foreach ((int component, int first, int last) in bands)
            {
                script.Append(System.Globalization.CultureInfo.InvariantCulture, $"{component}: {first}-{last}, {high}, {low};\n");
            }
        }

        return script.ToString();
    }

    private static byte[] Run(ProcessStartInfo start, byte[] baseline, int restartInterval)
    {
        if (restartInterval > 0)
        {
            start.ArgumentList.Add("-restart");
            start.ArgumentList.Add(restartInterval.ToString(System.Globalization.CultureInfo.InvariantCulture) + "B");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("jpegtran did not start (tools/setup.sh installs libjpeg-turbo-progs)");
        var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.BaseStream.Write(baseline);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.ToArray()
            : throw new InvalidOperationException($"jpegtran failed: {process.StandardError.ReadToEnd()}");
    }
}
