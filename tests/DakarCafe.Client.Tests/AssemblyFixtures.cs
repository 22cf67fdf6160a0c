using DakarCafe.Testing;

[assembly: AssemblyFixture(typeof(PostgresServer))]
