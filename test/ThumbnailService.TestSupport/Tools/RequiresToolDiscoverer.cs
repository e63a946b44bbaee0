using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>
/// Discovers a <see cref="RequiresFactAttribute"/> or <see cref="RequiresTheoryAttribute"/> test as xunit's fact or theory
/// discoverer would (the theory is the one with parameters), except under CI with a tool missing: then as one failing test
/// case carrying the reason.
/// </summary>
public sealed class RequiresToolDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _fact = new(diagnosticMessageSink);
    private readonly TheoryDiscoverer _theory = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(factAttribute);
        if (RequiredTools.CiFailure(factAttribute.GetNamedArgument<IReadOnlyList<string>>(nameof(RequiresFactAttribute.Tools))) is { } failure)
        {
            return [new ExecutionErrorTestCase(
                diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, failure)];
        }

        var discoverer = testMethod.Method.GetParameters().Any() ? (IXunitTestCaseDiscoverer)_theory : _fact;
        return discoverer.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
