Feature: The indicator catalogue
  The threshold guidance lists 100 indicators of need, each at a level from 1 (universal) to 4 (specialist), in three
  domains: the child's developmental needs (CD), parenting capacity (PC) and family and environment (FE). An
  indicator on its own always sets at least its own level; it never counts for less. Override rules may raise the
  level further, but in an ordinary school contact about a mobile 9-year-old with no history nothing should.

  Background:
    Given the family has no previous involvement
    And the family has given consent

  Scenario Outline: Every indicator in the threshold guidance sets at least its own level
    Given a contact from a school about a <age>-year-old
    And the child is mobile
    And the child has no disability
    And the concern is <code> (<indicator>)
    When the front door checks the contact
    Then the recommended level is <level> "<name>"
    And the rationale cites "<code> and LV-<level>"

    Examples: Level 1 - universal: strengths that need no more than universal services, for a 9-year-old
      | age | code     | indicator                                                                                          | level | name      |
      | 9   | L1-CD-01 | Physically well; growth, development checks and immunisations up to date; health appointments kept | 1     | Universal |
      | 9   | L1-CD-02 | Meeting developmental milestones, including speech and language                                    | 1     | Universal |
      | 9   | L1-CD-03 | Attends school or nursery regularly and is making expected progress                                | 1     | Universal |
      | 9   | L1-CD-04 | Good emotional wellbeing, secure attachment to carers, positive peer relationships                 | 1     | Universal |
      | 9   | L1-CD-05 | Age-appropriate sexual awareness; no use of, or exposure to, substances                            | 1     | Universal |
      | 9   | L1-PC-01 | Carers consistently meet basic needs (food, warmth, hygiene, clothing, health care)                | 1     | Universal |
      | 9   | L1-PC-02 | Carers keep the child safe, set consistent boundaries and supervise appropriately                  | 1     | Universal |
      | 9   | L1-PC-03 | Carers show warmth and praise and can act on advice and guidance                                   | 1     | Universal |
      | 9   | L1-FE-01 | Suitable, stable accommodation with basic amenities                                                | 1     | Universal |
      | 9   | L1-FE-02 | Supportive relationships in family (including after separation) and a wider network                | 1     | Universal |
      | 9   | L1-FE-03 | Household manages income and work; any adult health needs do not affect parenting                  | 1     | Universal |

    Examples: Level 2 - additional needs: single-agency early help, for a 9-year-old
      | age | code     | indicator                                                                                              | level | name       |
      | 9   | L2-CD-01 | Occasional unauthorised absence, lateness or truancy                                                   | 2     | Additional |
      | 9   | L2-CD-02 | Some fixed-term suspensions; early risk of becoming NEET                                               | 2     | Additional |
      | 9   | L2-CD-03 | Slow to reach milestones; language or communication difficulties                                       | 2     | Additional |
      | 9   | L2-CD-04 | Missed immunisations or health checks; recurring minor illness; frequent minor accidents or A&E visits | 2     | Additional |
      | 9   | L2-CD-05 | Weight not tracking as expected, or obesity; inadequate diet (for example no breakfast)                | 2     | Additional |
      | 9   | L2-CD-06 | Low-level emotional or mental-health difficulty, including low-level self-harm                         | 2     | Additional |
      | 9   | L2-CD-07 | Disruptive or challenging behaviour at home or school; struggles with boundaries                       | 2     | Additional |
      | 9   | L2-CD-08 | Early signs of anti-social behaviour or mixing with offending peers                                    | 2     | Additional |
      | 9   | L2-CD-09 | Experimenting with tobacco, alcohol or drugs                                                           | 2     | Additional |
      | 9   | L2-CD-11 | First missing episodes or talk of running away                                                         | 2     | Additional |
      | 9   | L2-CD-12 | Affected by bereavement, parental separation or other loss                                             | 2     | Additional |
      | 9   | L2-CD-13 | Bullied or bullying; low self-esteem; online use becoming risky                                        | 2     | Additional |
      | 9   | L2-CD-14 | Young carer with some caring tasks at home                                                             | 2     | Additional |
      | 9   | L2-CD-15 | Disability or additional educational need requiring low-level extra support                            | 2     | Additional |
      | 9   | L2-PC-01 | Basic care provided inconsistently; some concern about physical needs being met                        | 2     | Additional |
      | 9   | L2-PC-02 | Inconsistent boundaries; little routine; child left to own devices a lot                               | 2     | Additional |
      | 9   | L2-PC-03 | Young, inexperienced parents or teenage pregnancy needing advice                                       | 2     | Additional |
      | 9   | L2-PC-04 | Parental stress beginning to affect supervision or safety; haphazard use of safety equipment           | 2     | Additional |
      | 9   | L2-PC-05 | Poor engagement with services; frequent unnecessary GP or A&E use                                      | 2     | Additional |
      | 9   | L2-PC-06 | Emerging neglect, for example home hazards or poor hygiene once a baby is crawling                     | 2     | Additional |
      | 9   | L2-FE-01 | Parental conflict that involves or affects the child (not assessed as domestic abuse)                  | 2     | Additional |
      | 9   | L2-FE-02 | Adult physical or mental health or learning needs with some effect on parenting                        | 2     | Additional |
      | 9   | L2-FE-03 | Poor or overcrowded housing; problems with basic facilities                                            | 2     | Additional |
      | 9   | L2-FE-04 | Low income, debt or periods of unemployment affecting the child                                        | 2     | Additional |
      | 9   | L2-FE-05 | Family new to the area or with a limited support network; asylum-seeking or refugee family             | 2     | Additional |
      | 9   | L2-FE-06 | Child of a prisoner or of a parent on a community order                                                | 2     | Additional |
      | 9   | L2-FE-07 | Concern about possible domestic abuse (standard-risk notification)                                     | 2     | Additional |

    Examples: Level 3 - intensive: multi-agency family help, for a 9-year-old
      | age | code     | indicator                                                                                                   | level | name      |
      | 9   | L3-CD-01 | Persistent absence (below 90% and falling despite intervention) or NEET                                     | 3     | Intensive |
      | 9   | L3-CD-02 | Repeated suspensions; at risk of, or actual, permanent exclusion                                            | 3     | Intensive |
      | 9   | L3-CD-03 | Significant developmental delay causing real concern                                                        | 3     | Intensive |
      | 9   | L3-CD-04 | Chronic health condition untreated or badly managed; appointments repeatedly missed; untreated dental decay | 3     | Intensive |
      | 9   | L3-CD-05 | Regularly missing from home or school without explanation                                                   | 3     | Intensive |
      | 9   | L3-CD-06 | Vulnerable to sexual or criminal exploitation (risk indicators present, exploitation not known)             | 3     | Intensive |
      | 9   | L3-CD-07 | Drug or alcohol use by the child causing concern                                                            | 3     | Intensive |
      | 9   | L3-CD-08 | Emerging mental-health problems or self-harm                                                                | 3     | Intensive |
      | 9   | L3-CD-09 | Starting to offend; regular anti-social behaviour                                                           | 3     | Intensive |
      | 9   | L3-CD-12 | Significant disability needing professional or substantial family support                                   | 3     | Intensive |
      | 9   | L3-CD-13 | Young carer whose caring role is harming their outcomes                                                     | 3     | Intensive |
      | 9   | L3-CD-15 | Electively home educated with significant welfare concerns                                                  | 3     | Intensive |
      | 9   | L3-PC-01 | Carer struggling to provide adequate care; episodes of poor-quality or erratic care                         | 3     | Intensive |
      | 9   | L3-PC-02 | Parental mental ill-health or substance misuse is affecting care of the child                               | 3     | Intensive |
      | 9   | L3-PC-03 | Domestic abuse incidents between carers (medium risk or repeat standard risk)                               | 3     | Intensive |
      | 9   | L3-PC-04 | Boundaries too loose, too harsh, or physical chastisement; parent not a good role model                     | 3     | Intensive |
      | 9   | L3-PC-05 | Parents do not engage or comply with services; practitioners have serious concerns                          | 3     | Intensive |
      | 9   | L3-PC-06 | Child seen as the problem or scapegoated by parents                                                         | 3     | Intensive |
      | 9   | L3-PC-07 | Parents found it hard to care for a previous child; child previously looked after                           | 3     | Intensive |
      | 9   | L3-PC-08 | Unborn baby where the level of concern calls for a pre-birth assessment                                     | 3     | Intensive |
      | 9   | L3-FE-01 | Acrimonious separation; risk of family breakdown                                                            | 3     | Intensive |
      | 9   | L3-FE-02 | Temporary, overcrowded, unsafe or disrepair housing; frequent moves; eviction proceedings or rent arrears   | 3     | Intensive |
      | 9   | L3-FE-03 | Serious debt or poverty leaving basic needs unmet                                                           | 3     | Intensive |
      | 9   | L3-FE-04 | Family socially isolated; no support network; hostile relationships in the community                        | 3     | Intensive |
      | 9   | L3-FE-05 | Serious physical or mental health difficulties or learning disability in the family affecting parenting     | 3     | Intensive |

    Examples: Level 4 - specialist: children's social care, for a 9-year-old
      | age | code     | indicator                                                                                                               | level | name       |
      | 9   | L4-CD-01 | Bruise, mark or injury on a non-mobile baby or child                                                                    | 4     | Specialist |
      | 9   | L4-CD-02 | Unexplained or suspicious injury, or injury with an inconsistent explanation (possible non-accidental injury)           | 4     | Specialist |
      | 9   | L4-CD-03 | Child discloses physical, sexual or emotional abuse (by a carer or by a professional)                                   | 4     | Specialist |
      | 9   | L4-CD-04 | Child under 13 sexually active, pregnant or with a sexually transmitted infection                                       | 4     | Specialist |
      | 9   | L4-CD-05 | Sexually aggressive behaviour or abusing other children                                                                 | 4     | Specialist |
      | 9   | L4-CD-06 | Known (high-risk) sexual or criminal exploitation, gang or drug-line involvement                                        | 4     | Specialist |
      | 9   | L4-CD-07 | Trafficked or in modern slavery; unaccompanied asylum-seeking child                                                     | 4     | Specialist |
      | 9   | L4-CD-08 | FGM known or imminent risk; forced marriage or so-called honour-based abuse                                             | 4     | Specialist |
      | 9   | L4-CD-09 | Frequently or repeatedly missing from home or care                                                                      | 4     | Specialist |
      | 9   | L4-CD-10 | Suicidal thoughts, plans or attempts; acute mental-health crisis                                                        | 4     | Specialist |
      | 9   | L4-CD-11 | Faltering growth with no medical cause; lack of food linked to neglect                                                  | 4     | Specialist |
      | 9   | L4-CD-12 | Suspected fabricated or induced illness                                                                                 | 4     | Specialist |
      | 9   | L4-CD-13 | Persistent high-risk substance misuse by the child                                                                      | 4     | Specialist |
      | 9   | L4-CD-14 | Profound disability affecting every aspect of development, or needing constant supervision beyond the family's capacity | 4     | Specialist |
      | 9   | L4-CD-15 | Immediate risk from radicalisation or travel to conflict zones                                                          | 4     | Specialist |
      | 9   | L4-CD-16 | Abandoned, thrown out of home, or has left because it is not safe there                                                 | 4     | Specialist |
      | 9   | L4-CD-17 | Home educated with serious safety concerns, or child not seen by professionals                                          | 4     | Specialist |
      | 9   | L4-PC-01 | Carers cannot provide good-enough, safe parenting (including for an unborn child)                                       | 4     | Specialist |
      | 9   | L4-PC-02 | Parental mental illness or substance misuse severe enough that the child is unsafe                                      | 4     | Specialist |
      | 9   | L4-PC-03 | Chronic, serious or escalating domestic abuse involving the child; high-risk domestic abuse                             | 4     | Specialist |
      | 9   | L4-PC-04 | Allegation or reasonable suspicion of serious injury, abuse or neglect by a carer; carer discloses harming the child    | 4     | Specialist |
      | 9   | L4-PC-05 | Carers unable to keep dangerous adults away; person posing a risk to children in, or known to, the household            | 4     | Specialist |
      | 9   | L4-PC-06 | Carers refuse medical care, endangering life or development                                                             | 4     | Specialist |
      | 9   | L4-PC-07 | Carers unable to care for previous children (removal or care proceedings)                                               | 4     | Specialist |
      | 9   | L4-PC-08 | Carers highly critical, rejecting or threatening rejection; asking for a young child to be accommodated                 | 4     | Specialist |
      | 9   | L4-PC-09 | Child has no one to care for them, or a young child is left alone inappropriately                                       | 4     | Specialist |
      | 9   | L4-PC-10 | Child beyond parental control and placing themselves at significant risk                                                | 4     | Specialist |
      | 9   | L4-FE-01 | Chronic neglect: home squalid or dangerous, basics (food, warmth) repeatedly absent                                     | 4     | Specialist |
      | 9   | L4-FE-02 | Family home used for drug taking, selling sex or other illegal activity                                                 | 4     | Specialist |
      | 9   | L4-FE-03 | Homeless or imminently homeless; accommodation physically endangers the child                                           | 4     | Specialist |
      | 9   | L4-FE-04 | Child assessed as in need but parents refuse help while risk escalates                                                  | 4     | Specialist |
      | 9   | L4-FE-05 | Family criminality; parent or sibling in custody, with risk to the child                                                | 4     | Specialist |
      | 9   | L4-FE-06 | Extreme poverty or debt directly impairing care; community hostile to the family                                        | 4     | Specialist |

    # These indicators only make sense at a particular age, so they are read for a child of that age.
    # For a 9-year-old, L2-CD-10 and L3-CD-10 are raised to level 4 by override R-04b (a child under 13 cannot
    # consent to sexual activity, so the "13+" indicators count as level 4); see safeguarding-overrides.feature.
    # L3-CD-11 (pregnant teenager) also brings in a pre-birth assessment (P14), which does not change the level.
    Examples: Indicators the guidance ties to an age, for a child of that age
      | age | code     | indicator                                                                              | level | name       |
      | 14  | L2-CD-10 | Early sexual activity (13+) or early signs of problematic sexual behaviour or language | 2     | Additional |
      | 14  | L3-CD-10 | Unsafe sexual activity (13+) or lower-level sexually harmful behaviour                 | 3     | Intensive  |
      | 15  | L3-CD-11 | Pregnant teenager where there are concerns for her and the unborn baby                 | 3     | Intensive  |

    # The homeless 16/17 indicator is a level 3 indicator, but for a 16 or 17-year-old override R-15 applies to the
    # same fact and raises it to level 4 (s17 assessment and possible s20 accommodation, SET reading).
    Examples: The homeless 16/17 indicator, raised by override R-15
      | age | code     | indicator                                  | level | name       |
      | 16  | L3-CD-14 | Homeless 16 or 17-year-old (child in need) | 4     | Specialist |
