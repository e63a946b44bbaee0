using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>Turns the tools of a <see cref="RequiresFactAttribute"/> or <see cref="RequiresTheoryAttribute"/> into <c>Requires=TOOL</c> traits.</summary>
public sealed class RequiresTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        ArgumentNullException.ThrowIfNull(traitAttribute);
        return traitAttribute.GetNamedArgument<IReadOnlyList<string>>(nameof(RequiresFactAttribute.Tools))
            .Select(tool => new KeyValuePair<string, string>(RequiredTools.TraitName, tool));
    }
}
