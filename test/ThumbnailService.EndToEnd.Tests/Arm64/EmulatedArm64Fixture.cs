using Amazon.S3;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Pipeline;
using ThumbnailService.TestSupport.Tools;

namespace ThumbnailService.EndToEnd.Tests.Arm64;

/// <summary>
/// Two local pipelines side by side, each with its own local S3: the x86_64 bootstrap natively and the arm64 bootstrap
/// under <c>qemu-aarch64 -cpu neoverse-n1</c> (Graviton2, the oldest Lambda arm64 host). Tests send both the same
/// uploads and compare what each wrote. Nothing starts unless THUMBS_ARM64_BOOTSTRAP names a built arm64 bootstrap (under CI
/// its absence fails the tests).
/// </summary>
public sealed class EmulatedArm64Fixture : IAsyncLifetime
{
    /// <summary>A large preset near the sources' size, so JPEGs are decoded at full scale (8x8 IDCT, colour conversion at 1:1).</summary>
    public const string Presets = "large:640x640:inside,small:96x96:cover";

    private readonly List<LocalPipeline> _pipelines = [];
    private string? _wrapperFolder;

    internal Side X64 { get; private set; } = null!;

    internal Side Arm64 { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Arm64EmulationFactAttribute.BootstrapVariable) is not { Length: > 0 } arm64)
        {
            if (RequiredTools.UnderCi)
            {
                throw new InvalidOperationException(
                    $"CI=true and {Arm64EmulationFactAttribute.BootstrapVariable} is not set: the arm64 proof must run in CI, so it fails instead of skipping. "
                    + "`./thumbs test` builds the arm64 bootstrap, installs qemu-user and sets it.");
            }

            return;
        }

        X64 = await StartAsync(await BootstrapBinary.EnsureAsync(), TimeSpan.FromSeconds(20));
        Arm64 = await StartAsync(QemuWrapper(Path.GetFullPath(arm64)), TimeSpan.FromSeconds(120)); // emulation is 10-70x slower
    }

    public async Task DisposeAsync()
    {
        foreach (var pipeline in _pipelines)
        {
            await pipeline.DisposeAsync();
        }

        X64?.S3.Dispose();
        Arm64?.S3.Dispose();
        if (_wrapperFolder is not null)
        {
            Directory.Delete(_wrapperFolder, recursive: true);
        }
    }

    private async Task<Side> StartAsync(string bootstrap, TimeSpan timeout)
    {
        var log = new SynchronizedLog();
        var pipeline = await LocalPipeline.StartAsync(
            new LocalPipelineOptions
            {
                BootstrapPath = bootstrap,
                // No ImageMagick ships for arm64 (the template turns HEIF input off there): both sides alike.
                Environment = new Dictionary<string, string> { ["THUMBNAIL_PRESETS"] = Presets, ["THUMBNAIL_HEIF"] = "false" },
                Timeout = timeout,
                RetryDelay = TimeSpan.FromMilliseconds(200),
                FunctionLog = log,
            },
            CancellationToken.None);
        _pipelines.Add(pipeline);
        return new Side(pipeline, pipeline.CreateClient(), log);
    }

    /// <summary>
    /// A script the emulator can exec as the function's bootstrap. No <c>-L /usr/aarch64-linux-gnu</c>: with it the cross
    /// package's loader meets the multiarch libc and spins forever (NOTES.md); the multiarch libc alone is right.
    /// </summary>
    private string QemuWrapper(string arm64Bootstrap)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the arm64 emulation runs qemu-user on Linux");
        }

        _wrapperFolder = Directory.CreateTempSubdirectory("thumbs-arm64-").FullName;
        var wrapper = Path.Combine(_wrapperFolder, "bootstrap");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec qemu-aarch64 -cpu neoverse-n1 '{arm64Bootstrap}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return wrapper;
    }

    /// <summary>One architecture's pipeline, its S3 client and its functions' log.</summary>
    internal sealed record Side(LocalPipeline Pipeline, AmazonS3Client S3, SynchronizedLog FunctionLog);
}
