using ThumbnailService.TestSupport.Tools;

namespace ThumbnailService.EndToEnd.Tests.Arm64;

/// <summary>
/// A test of the arm64 bootstrap under qemu-user. <c>./thumbs test</c> (every test, what CI runs) and
/// <c>./thumbs test --arm64</c> build that bootstrap, install the emulator and set THUMBS_ARM64_BOOTSTRAP; a plain
/// <c>dotnet test</c> without it skips these tests with that advice, except under CI (<c>CI=true</c>), where
/// <see cref="EmulatedArm64Fixture"/> fails them instead, so CI can never go green by skipping the arm64 proof.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Arm64EmulationFactAttribute : FactAttribute
{
    public const string BootstrapVariable = "THUMBS_ARM64_BOOTSTRAP";

    public Arm64EmulationFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(BootstrapVariable) is not { Length: > 0 } && !RequiredTools.UnderCi)
        {
            Skip = $"the arm64 bootstrap under qemu: run `./thumbs test` or `./thumbs test --arm64` (they set {BootstrapVariable})";
        }
    }
}
