using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>Under CI, a test whose tool is missing is discovered as one failing test case carrying the reason.</summary>
internal static class MissingToolTestCase
{
    /// <summary>The failing test case when <paramref name="attribute"/>'s tools are missing under CI; null otherwise.</summary>
    public static IEnumerable<IXunitTestCase>? UnderCi(
        IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var failure = RequiredTools.CiFailure(attribute.GetNamedArgument<IReadOnlyList<string>>(nameof(RequiresFactAttribute.Tools)));
        return failure is null
            ? null
            : [new ExecutionErrorTestCase(
                diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, failure)];
    }
}
