namespace ThumbnailService.EndToEnd.Tests.Arm64;

/// <summary>
/// A test of the arm64 bootstrap under qemu-user: it runs only when <c>./thumbs test --arm64</c> built that bootstrap
/// (THUMBS_ARM64_BOOTSTRAP) and installed the emulator; otherwise it is skipped, CI or not (an opt-in check: the
/// cross toolchain and the emulator are installed only when an arm64 build is asked for).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Arm64EmulationFactAttribute : FactAttribute
{
    public const string BootstrapVariable = "THUMBS_ARM64_BOOTSTRAP";

    public Arm64EmulationFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(BootstrapVariable) is not { Length: > 0 })
        {
            Skip = $"the arm64 bootstrap under qemu: run `./thumbs test --arm64` (it sets {BootstrapVariable})";
        }
    }
}
