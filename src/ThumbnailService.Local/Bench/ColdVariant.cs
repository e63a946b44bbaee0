namespace ThumbnailService.Local.Bench;

/// <summary>One build of <c>bootstrap</c> for the cold-start bench: the extra <c>dotnet publish</c> arguments that make it.</summary>
internal sealed record ColdVariant(string Name, string Description, IReadOnlyList<string> PublishArguments)
{
    public const string Default = "aot-v3";

    public static IReadOnlyList<ColdVariant> All { get; } =
    [
        new(Default, "Native AOT, IlcInstructionSet=x86-64-v3 (the default build)", []),
        new("aot-generic", "Native AOT without IlcInstructionSet (x86-64-v1: no AVX2)", ["-p:IlcInstructionSet="]),
        new("jit", "JIT, framework-dependent (PublishAot=false)", ["-p:PublishAot=false", "--self-contained", "false"]),
        new("r2r", "ReadyToRun, self-contained (PublishAot=false)", ["-p:PublishAot=false", "-p:PublishReadyToRun=true", "--self-contained", "true"]),
    ];
}
