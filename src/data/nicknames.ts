// English short given names that are not a prefix of the full name ("Bob" for "Robert"): within an article, the
// same surname after either form is one person (short-forms.ts, short-given-name). Prefix forms ("Doug" for
// "Douglas") need no row.

export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  bob: ['robert'], bobby: ['robert'], bill: ['william'], billy: ['william'], will: ['william'], liam: ['william'],
  jim: ['james'], jimmy: ['james'], jamie: ['james'], mike: ['michael'], mick: ['michael'], tom: ['thomas'], tommy: ['thomas'],
  dick: ['richard'], rick: ['richard'], ricky: ['richard'], rich: ['richard'], ted: ['edward', 'theodore'], ned: ['edward'],
  jack: ['john'], johnny: ['john'], hank: ['henry'], harry: ['henry', 'harold'], chuck: ['charles'], charlie: ['charles'],
  tony: ['anthony'], joe: ['joseph'], joey: ['joseph'], steve: ['stephen', 'steven'], andy: ['andrew'], drew: ['andrew'],
  matt: ['matthew'], pat: ['patrick', 'patricia'], dave: ['david'], rob: ['robert'], nick: ['nicholas'], alex: ['alexander', 'alexandra'],
  ben: ['benjamin'], fred: ['frederick'], greg: ['gregory'], jeff: ['jeffrey'], jen: ['jennifer'], jenny: ['jennifer'],
  sue: ['susan'], meg: ['margaret'], maggie: ['margaret'], peggy: ['margaret'], kathy: ['katherine', 'kathleen'], kate: ['katherine', 'catherine'],
  cathy: ['catherine'], liz: ['elizabeth'], beth: ['elizabeth'], betty: ['elizabeth'], jerry: ['gerald'], larry: ['lawrence'],
  ron: ['ronald'], don: ['donald'], walt: ['walter'], sandy: ['alexander', 'sandra'], peggie: ['margaret'], abby: ['abigail'],
};
