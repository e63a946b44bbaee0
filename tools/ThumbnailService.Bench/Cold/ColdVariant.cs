namespace ThumbnailService.Bench.Cold;

/// <summary>One build for the cold-start bench: the project it publishes and the extra <c>dotnet publish</c> arguments that make it.</summary>
internal sealed record ColdVariant(string Name, string Description, IReadOnlyList<string> PublishArguments, ColdProject Project)
{
    public const string Default = "aot-v3";

    public const string Bare = "bare-aot-v3";

    public static IReadOnlyList<ColdVariant> All { get; } =
    [
        new(Default, "Native AOT, IlcInstructionSet=x86-64-v3 (the default build)", [], ColdProject.Function),
        new("aot-generic", "Native AOT without IlcInstructionSet (x86-64-v1: no AVX2)", ["-p:IlcInstructionSet="], ColdProject.Function),
        new("jit", "JIT, framework-dependent (PublishAot=false)", ["-p:PublishAot=false", "--self-contained", "false"], ColdProject.Function),
        new("r2r", "ReadyToRun, self-contained (PublishAot=false)", ["-p:PublishAot=false", "-p:PublishReadyToRun=true", "--self-contained", "true"], ColdProject.Function),
        new(
            Bare,
            "Native AOT x86-64-v3 console app: exec -> 256 px thumbnail of the 12 MP JPEG written from a local file, no Lambda runtime, no S3 (the issue's reference measurement)",
            [],
            ColdProject.ColdRender),
    ];

    /// <summary>True for the console app timed on its own (no Runtime API emulator, no S3).</summary>
    public bool IsBare => Project == ColdProject.ColdRender;
}
