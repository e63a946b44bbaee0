using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>
/// A <c>[Fact]</c> that runs command-line tools: it carries the trait <c>Requires=TOOL</c> per tool, is skipped with a
/// message saying what to install when one is missing, and fails instead under CI (<see cref="RequiredTools"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("ThumbnailService.TestSupport.Tools.RequiresToolDiscoverer", "ThumbnailService.TestSupport")]
[TraitDiscoverer("ThumbnailService.TestSupport.Tools.RequiresTraitDiscoverer", "ThumbnailService.TestSupport")]
public sealed class RequiresFactAttribute : FactAttribute, ITraitAttribute
{
    public RequiresFactAttribute(params string[] tools)
    {
        Tools = tools;
        Skip = RequiredTools.SkipReason(tools);
    }

    public IReadOnlyList<string> Tools { get; }
}
