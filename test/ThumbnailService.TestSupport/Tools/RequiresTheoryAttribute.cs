using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>The <c>[Theory]</c> counterpart of <see cref="RequiresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("ThumbnailService.TestSupport.Tools.RequiresToolDiscoverer", "ThumbnailService.TestSupport")]
[TraitDiscoverer("ThumbnailService.TestSupport.Tools.RequiresTraitDiscoverer", "ThumbnailService.TestSupport")]
public sealed class RequiresTheoryAttribute : TheoryAttribute, ITraitAttribute
{
    public RequiresTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        Skip = RequiredTools.SkipReason(tools);
    }

    public IReadOnlyList<string> Tools { get; }
}
